import Foundation

/// A description of a value that two equal values share, whatever order their dictionaries hold their
/// entries in: structures and enums by their members (through `Mirror`), dictionaries with sorted keys.
///
/// For comparing decoded outputs, which are `Decodable` but not `Encodable` or `Equatable`.
package enum CanonicalDescription {
    package static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            let entries = mirror.children.map { entry -> (String, String) in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return (of(pair[0].value), of(pair[1].value))
            }
            return "[" + entries.sorted { $0.0 < $1.0 }.map { "\($0): \($1)" }.joined(separator: ", ") + "]"
        case .optional:
            return mirror.children.first.map { of($0.value) } ?? "nil"
        case .struct, .class, .enum, .tuple, .collection, .set:
            guard !mirror.children.isEmpty else { return String(reflecting: value) }
            var children = mirror.children.map { ($0.label ?? "", of($0.value)) }
            if mirror.displayStyle == .set { children.sort { $0.1 < $1.1 } }
            let inner = children.map { $0.0.isEmpty ? $0.1 : "\($0.0): \($0.1)" }.joined(separator: ", ")
            return "\(mirror.subjectType)(\(inner))"
        default:
            return String(reflecting: value)
        }
    }
}
