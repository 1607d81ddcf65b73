import AWSClient
import OrgModel

extension ReadPass {
    /// `items` with their tags read, one ListTagsForResource per item, `width` queued at once.
    func tagged<Item: Sendable>(_ items: [Item], id: @escaping @Sendable (Item) -> String,
                                resource: @escaping @Sendable (Item) -> String,
                                set: @escaping @Sendable (inout Item, [String: String]) -> Void) async throws -> [Item] {
        let api = self.api
        let organization = self.organization
        return try await concurrentMap(items, width: width) { item in
            var item = item
            do {
                let tags = try await api.listAllTagsForResource(.init(resourceId: id(item)))
                set(&item, Self.dictionary(tags))
            } catch {
                throw OrganizationsReconcileError.wrap(error, organization: organization, resource: resource(item),
                                                       operation: "ListTagsForResource")
            }
            return item
        }
    }

    /// AWS's tag list as a dictionary; a key listed twice keeps its last value.
    static func dictionary(_ tags: [OrganizationsAPI.Tag]) -> [String: String] {
        var out: [String: String] = [:]
        for tag in tags {
            guard let key = tag.key else { continue }
            out[key] = tag.value ?? ""
        }
        return out
    }
}
