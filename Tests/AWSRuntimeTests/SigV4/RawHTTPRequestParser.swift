import AWSRuntime

/// Parses the raw HTTP/1.1 requests of the AWS SigV4 test suite (`.req` files) into `AWSHTTPRequest`.
///
/// The format: a request line `METHOD TARGET HTTP/1.1`, header lines `Name:value` (a line starting with
/// whitespace continues the previous value, as obsolete line folding does), an empty line, then the body.
/// Lines end with LF. Header values are kept untrimmed so that the signer's trimming is what is tested.
///
/// The target is kept as written: the suite gives paths such as `/example space/` or a raw UTF-8 character,
/// which stand for the path as a client holds it before the signer encodes it, like botocore's URL path.
enum RawHTTPRequestParser {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> AWSHTTPRequest {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let requestLine = lines.popFirst(),
            let firstSpace = requestLine.firstIndex(of: " "),
            let lastSpace = requestLine.lastIndex(of: " "), firstSpace < lastSpace
        else {
            throw ParseError(description: "bad request line in \(text.prefix(80))")
        }
        let method = String(requestLine[..<firstSpace])
        let target = requestLine[requestLine.index(after: firstSpace)..<lastSpace]

        var headers = AWSHTTPHeaders()
        var folded: [(name: String, value: String)] = []
        while let line = lines.popFirst(), !line.isEmpty {
            if line.first == " " || line.first == "\t" {
                guard !folded.isEmpty else { throw ParseError(description: "continuation before any header") }
                folded[folded.count - 1].value += " " + line
            } else {
                guard let colon = line.firstIndex(of: ":") else { throw ParseError(description: "bad header \(line)") }
                folded.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        for field in folded {
            headers.add(field.name, field.value)
        }
        let body = lines.joined(separator: "\n")

        let (path, query) = splitTarget(target)
        let (host, port) = try splitAuthority(headers["Host"])
        return AWSHTTPRequest(
            method: method, host: host, port: port, path: path, query: query, headers: headers, body: Array(body.utf8))
    }

    private static func splitTarget(_ target: Substring) -> (path: String, query: [AWSHTTPRequest.QueryItem]) {
        guard let questionMark = target.firstIndex(of: "?") else { return (String(target), []) }
        let query = target[target.index(after: questionMark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return AWSHTTPRequest.QueryItem(name: String(parts[0]), value: parts.count > 1 ? String(parts[1]) : "")
        }
        return (String(target[..<questionMark]), query)
    }

    private static func splitAuthority(_ authority: String?) throws -> (host: String, port: Int?) {
        guard let authority = authority?.trimmingWhitespace, !authority.isEmpty else {
            throw ParseError(description: "no Host header")
        }
        guard let colon = authority.lastIndex(of: ":"), let port = Int(authority[authority.index(after: colon)...]) else {
            return (authority, nil)
        }
        return (String(authority[..<colon]), port)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
