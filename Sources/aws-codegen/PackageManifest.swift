import AWSCodegenCore

/// The marked list of generated service modules in a package's `Package.swift`, which `generate-package`
/// keeps equal to the modules made from `models/`. The manifest turns each name into a library product and a
/// target at `Generated/<Module>`, so adding a model needs no hand edit of `Package.swift`. A second list,
/// `generatedXMLServices`, names the modules whose targets also depend on `AWSRuntimeXML`.
struct PackageManifest {
    static let beginMarker = "// aws-codegen: generated services begin"
    static let endMarker = "// aws-codegen: generated services end"

    /// The manifest's path, for errors.
    let path: String
    /// The manifest's text.
    let text: String

    /// The text with the marked lists set to `modules` and `xmlModules` (those of `modules` that use
    /// `AWSRuntimeXML`), sorted; throws when the markers are missing or repeated.
    func settingModules(_ modules: [String], xmlModules: Set<String>) throws -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let begins = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(Self.beginMarker) }
        let ends = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(Self.endMarker) }
        guard begins.count == 1, ends.count == 1, begins[0] < ends[0] else {
            throw GeneratorError(
                file: path, path: "",
                message: "needs one '\(Self.beginMarker)' line and, after it, one '\(Self.endMarker)' line around "
                    + "the list of generated services")
        }
        let xmlList = xmlModules.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        let list = ["let generatedServices: [String] = ["] + modules.sorted().map { "    \"\($0)\"," } + ["]"]
            + ["// The services whose protocol (query, ec2 or rest-xml) the runtime speaks in AWSRuntimeXML."]
            + ["let generatedXMLServices: Set<String> = [\(xmlList)]"]
        let updated = lines[...begins[0]].map(String.init) + list + lines[ends[0]...].map(String.init)
        return updated.joined(separator: "\n")
    }
}
