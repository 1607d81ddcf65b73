extension APICallCounter {
    /// The counts as a fixed-width text table, sorted by service and operation, with a total row.
    ///
    /// ```
    /// SERVICE        OPERATION     CALLS  OK  THROTTLED  ERRORS  RETRIES
    /// organizations  ListAccounts      3   2          1       0        1
    /// ```
    /// The error column sums every `error:<Code>`; the codes themselves
    /// follow the table, so a person sees what failed without a second tool.
    public func renderTable() -> String {
        let entries = snapshot()
        var rows: [[String]] = [["SERVICE", "OPERATION", "CALLS", "OK", "THROTTLED", "ERRORS", "RETRIES"]]
        var totals = [0, 0, 0, 0, 0]
        var errorCodes: [String: Int] = [:]
        for entry in entries {
            let ok = entry.outcomes["ok"] ?? 0
            let throttled = entry.outcomes["throttled"] ?? 0
            let errors = entry.attempts - ok - throttled
            let numbers = [entry.attempts, ok, throttled, errors, entry.retries]
            for (index, value) in numbers.enumerated() { totals[index] += value }
            rows.append([entry.service, entry.operation] + numbers.map(String.init))
            for (key, value) in entry.outcomes where key.hasPrefix("error:") {
                errorCodes["\(entry.service) \(entry.operation) \(key.dropFirst(6))", default: 0] += value
            }
        }
        rows.append(["total", ""] + totals.map(String.init))
        let widths = (0..<7).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        if !errorCodes.isEmpty {
            lines.append("")
            lines.append("errors:")
            for (label, count) in errorCodes.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(label): \(count)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
