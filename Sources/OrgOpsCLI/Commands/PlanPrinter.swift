import OrgModel

/// Prints a plan on stdout in the format `--format` chose.
///
/// The renderers themselves are pure functions of `OrgModel`; this only picks one and
/// keeps JSON output one clean document (nothing else goes to stdout with `json`).
struct PlanPrinter {
    /// The chosen format.
    let format: PlanOutputFormat
    /// Where the plan goes.
    let stdout: any TerminalOutput

    /// Writes `plan`.
    func print(_ plan: Plan) {
        stdout.write(Self.render(plan, format: format))
    }

    /// The text of `plan` in `format`, ending with a newline.
    static func render(_ plan: Plan, format: PlanOutputFormat) -> String {
        let text: String
        switch format {
        case .text: text = PlanTextRenderer.render(plan)
        case .json: text = PlanFile.json(plan)
        case .markdown: text = PlanMarkdownRenderer.render(plan)
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
