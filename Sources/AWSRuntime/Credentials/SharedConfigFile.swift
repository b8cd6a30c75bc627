import Foundation

/// One shared AWS INI file, `~/.aws/config` or `~/.aws/credentials`, parsed into profiles.
///
/// Sections are profiles: in the credentials file `[name]`, in the config file `[profile name]` and
/// `[default]` (other config sections, such as `[sso-session x]` and `[services x]`, are not profiles and are
/// kept apart in ``sections``). Lines are
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
    /// The keys (lowercased) and values of the config file's sections that are not profiles, by their header with
    /// single spaces, such as `services local`; nested settings are `key.name`, as in profiles.
    public let sections: [String: [String: String]]

    /// Parses `text`, read from `path`.
    public init(parsing text: String, kind: Kind, path: String) throws {
        enum Section {
            case none
            case profile(String)
            case other(String)
        }
        var profiles: [String: [String: String]] = [:]
        var sections: [String: [String: String]] = [:]
        /// The keys and values of the section being read.
        func values(_ section: Section) -> [String: String]? {
            switch section {
            case .none: nil
            case .profile(let name): profiles[name]
            case .other(let name): sections[name]
            }
        }
        func set(_ section: Section, _ key: String, _ value: String) {
            switch section {
            case .none: break
            case .profile(let name): profiles[name, default: [:]][key] = value
            case .other(let name): sections[name, default: [:]][key] = value
            }
        }
        var section = Section.none
        var sectionHasKey = false
        var lastKey = ""
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") {
                continue
            }
            if sectionHasKey, rawLine.first?.isWhitespace == true {
                if values(section)?[lastKey]?.isEmpty == true, let equals = line.firstIndex(of: "=") {
                    let key = lastKey + "." + line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                    set(section, key, line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
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
                } else {
                    let name = header.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if sections[name] == nil { sections[name] = [:] }
                    section = .other(name)
                }
                sectionHasKey = false
                continue
            }
            switch section {
            case .none:
                throw AWSCredentialsError.malformedFile(path: path, line: index + 1)
            case .profile, .other:
                guard let equals = line.firstIndex(of: "=") else {
                    throw AWSCredentialsError.malformedFile(path: path, line: index + 1)
                }
                let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                set(section, key, line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
                sectionHasKey = true
                lastKey = key
            }
        }
        self.path = path
        self.profiles = profiles
        self.sections = sections
    }

    /// The keys (lowercased) and values of each `[sso-session name]` section of the config file, by name.
    public var ssoSessions: [String: [String: String]] {
        var sessions: [String: [String: String]] = [:]
        for (header, values) in sections {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0] == "sso-session" { sessions[String(parts[1])] = values }
        }
        return sessions
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
