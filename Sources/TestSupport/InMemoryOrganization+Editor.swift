import OrgModel

extension InMemoryOrganization {
    /// Direct changes to the fake, bypassing the ports: what someone does in the console, or an estate
    /// that exists before orgops. Paths are `/`-separated OU names (`/` is the root).
    public struct Editor {
        var state: State

        /// Creates the organization (all features) with SCPs enabled, like a fresh console set-up.
        public mutating func createOrganization(policyTypes: [String] = ["SERVICE_CONTROL_POLICY"]) {
            state.createOrganization()
            for type in policyTypes { state.enablePolicyType(type) }
        }

        /// Adds an OU under a parent path; returns its ID.
        @discardableResult
        public mutating func addOrganizationalUnit(_ name: String, under parentPath: String = "/",
                                                   tags: [String: String] = [:]) -> String {
            let parent = state.id(ofPath: parentPath) ?? state.rootId ?? ""
            return state.insertOU(name: name, parentId: parent, tags: tags)
        }

        /// Adds an active account under a parent path; returns its ID.
        @discardableResult
        public mutating func addAccount(_ name: String, email: String, under parentPath: String = "/",
                                        tags: [String: String] = [:]) -> String {
            let parent = state.id(ofPath: parentPath) ?? state.rootId ?? ""
            return state.insertAccount(name: name, email: email, parentId: parent, tags: tags)
        }

        /// Moves an account to an OU path.
        public mutating func moveAccount(_ id: String, to path: String) {
            if let parent = state.id(ofPath: path) { state.accounts[id]?.parentId = parent }
        }

        /// Replaces the tags of an OU, account or policy.
        public mutating func setTags(_ id: String, _ tags: [String: String]) {
            if state.ous[id] != nil { state.ous[id]?.tags = tags }
            if state.accounts[id] != nil { state.accounts[id]?.tags = tags }
            if state.policies[id] != nil { state.policies[id]?.tags = tags }
        }

        /// Adds a customer policy; returns its ID.
        @discardableResult
        public mutating func addPolicy(_ name: String, type: String = "SERVICE_CONTROL_POLICY", content: String,
                                       description: String = "", tags: [String: String] = [:],
                                       targets: [String] = []) -> String {
            let id = state.insertPolicy(name: name, type: type, description: description, content: content, tags: tags)
            state.policies[id]?.targets = Set(targets)
            return id
        }

        /// Replaces a policy's document.
        public mutating func setPolicyContent(_ id: String, _ content: String) {
            state.policies[id]?.content = content
        }

        /// Deletes a policy, attached or not.
        public mutating func deletePolicy(_ id: String) {
            state.policies[id] = nil
        }

        /// Attaches a policy.
        public mutating func attach(_ policyId: String, to targetId: String) {
            state.policies[policyId]?.targets.insert(targetId)
        }

        /// Detaches a policy, even the last SCP (the console would refuse; tests may need the state).
        public mutating func detach(_ policyId: String, from targetId: String) {
            state.policies[policyId]?.targets.remove(targetId)
        }

        /// Starts a CreateAccount request that stays in progress, as an apply killed after CreateAccount leaves it.
        @discardableResult
        public mutating func startCreateAccount(accountName: String) -> String {
            let id = "car-\(String(state.newId()))"
            state.requests.append(LiveCreateAccountRequest(id: id, accountName: accountName, state: "IN_PROGRESS",
                                                           accountId: nil, failureReason: nil))
            return id
        }

        /// The root's ID.
        public var rootId: String? { state.rootId }

        /// The ID of the OU at this path.
        public func organizationalUnitId(_ path: String) -> String? { state.id(ofPath: path) }
    }
}
