extension Array where Element: Comparable {
    /// `Set(self).sorted()` without building a set: sorted (stably), then equal neighbours dropped,
    /// keeping the first of each, as the set would. Lists here hold one or two items (an
    /// assignment's targets), where hashing into a set costs more than the sort.
    func uniqueSorted() -> [Element] {
        if count < 2 { return self }
        let ordered = sorted()
        var out: [Element] = []
        out.reserveCapacity(ordered.count)
        for element in ordered where out.last != element {
            out.append(element)
        }
        return out
    }
}
