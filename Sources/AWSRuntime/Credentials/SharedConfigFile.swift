import Foundation

/// One shared AWS INI file, `~/.aws/config` or `~/.aws/credentials`, parsed into profiles.
///
/// Sections are profiles: in the credentials file `[name]`, in the config file `[profile name]` and
/// `[default]` (other config sections, such as `[sso-session x]`, are not profiles). Lines are
/// `key = value`; keys are case-insensitive; lines starting with `#` or `;` are comments. An indented line
/// after a key continues it and is not a key of the profile; an indented `name = value` under a key with no value
/// of its own is a nested setting, kept as `key.name` (such as `s3.addressing_style` under `s3 =`).
public struct SharedConfigFile: Sendable, Equatable {
    /// Which of the two files this is; they name profile sections differently.
    public enum Kind: Sendable {
        /// `~/.aws/config`: `[profile name]` and `[default]`.
        case config
        /// `~/.aws/credentials`: `[name]`.
        case credentials
    }

    /// The path the file was read from, for messages.
    public let path: String
    /// The keys (lowercased) and values of each profile.
    public let profiles: [String: [String: String]]
    /// The keys (lowercased) and values of each `[sso-session name]` section of the config file, by name.
    public let ssoSessions: [String: [String: String]]

    /// Parses `text`, read from `path`.
    public init(parsing text: String, kind: Kind, path: String) throws {
        enum Section {
            case none
            case profile(String)
            case ssoSession(String)
            case other
        }
        var profiles: [String: [String: String]] = [:]
        var ssoSessions: [String: [String: String]] = [:]
        var section = Section.none
        var sectionHasKey = false
        var lastKey = ""
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") {
                continue
            }
            if sectionHasKey, rawLine.first?.isWhitespace == true {
                if case .profile(let profile) = section, profiles[profile]?[lastKey]?.isEmpty == true,
                    let equals = line.firstIndex(of: "=")
                {
                    let key = lastKey + "." + line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                    profiles[profile, default: [:]][key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let header = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                let profile = Self.profileName(ofSection: header, kind: kind)
                if let profile, profiles[profile] == nil {
                    profiles[profile] = [:]
                }
                if let profile {
                    section = .profile(profile)
                } else if let session = Self.ssoSessionName(ofSection: header, kind: kind) {
                    if ssoSessions[session] == nil { ssoSessions[session] = [:] }
                    section = .ssoSession(session)
                } else {
                    section = .other
                }
                sectionHasKey = false
                continue
            }
            switch section {
            case .none:
                throw AWSCredentialsError.malformedFile(path: path, line: index + 1)
            case .other:
                continue
            case .profile, .ssoSession:
                guard let equals = line.firstIndex(of: "=") else {
                    throw AWSCredentialsError.malformedFile(path: path, line: index + 1)
                }
                let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if case .profile(let profile) = section {
                    profiles[profile, default: [:]][key] = value
                } else if case .ssoSession(let session) = section {
                    ssoSessions[session, default: [:]][key] = value
                }
                sectionHasKey = true
                lastKey = key
            }
        }
        self.path = path
        self.profiles = profiles
        self.ssoSessions = ssoSessions
    }

    /// Reads and parses the file at `path`; nil when there is no such file.
    public static func load(path: String, kind: Kind) throws -> SharedConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSCredentialsError.fileUnreadable(path: path)
        }
        return try SharedConfigFile(parsing: String(decoding: data, as: UTF8.self), kind: kind, path: path)
    }

    /// The value of `key` (case-insensitive) in `profile`, or nil.
    public func value(profile: String, key: String) -> String? {
        profiles[profile]?[key.lowercased()]
    }

    /// The session a config file's `[sso-session name]` header names, or nil.
    private static func ssoSessionName(ofSection name: String, kind: Kind) -> String? {
        guard kind == .config else { return nil }
        let parts = name.split(maxSplits: 1, whereSeparator: \.isWhitespace)
        guard parts.count == 2, parts[0] == "sso-session" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// The profile a section header names, or nil when the section is not a profile.
    private static func profileName(ofSection name: String, kind: Kind) -> String? {
        switch kind {
        case .credentials:
            return name
        case .config:
            if name == "default" {
                return name
            }
            let parts = name.split(maxSplits: 1, whereSeparator: \.isWhitespace)
            guard parts.count == 2, parts[0] == "profile" else { return nil }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
    }
}
