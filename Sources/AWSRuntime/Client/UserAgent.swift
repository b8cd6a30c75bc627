import Foundation

/// The `User-Agent` a client sends, in the AWS SDKs' format (version 2.1 of their User-Agent spec, as botocore
/// writes it):
///
/// `aws-sdk-swift-codegen/0.1.0 ua/2.1 os/linux#6.8.0 md/arch#x86_64 lang/swift#6.3 m/E cfg/retry-mode#standard app/my-app`
///
/// The SDK and its version, the spec version, the OS family and version, the machine, the Swift version, the
/// execution environment (`exec-env/…` from `AWS_EXECUTION_ENV`, set by Lambda and other AWS hosts), the retry mode as
/// a feature id and as a setting, and the application's id (``AWSClientConfiguration/appID``, `AWS_SDK_UA_APP_ID` or
/// the shared config's `sdk_ua_app_id`). Characters outside the spec's set become `-`.
struct UserAgent: Equatable {
    /// The name by which AWS sees this SDK.
    static let sdkName = "aws-sdk-swift-codegen"
    /// The runtime's version; raise it with each release.
    static let sdkVersion = "0.1.0"
    /// The longest application id, in characters (botocore's `USERAGENT_APPID_MAXLEN`).
    static let maxAppIDLength = 50

    /// The header's value.
    let value: String

    /// The User-Agent of a client with `retryMode` and `appID` on this machine, in `environment`.
    init(retryMode: AWSRetryMode, appID: String?, environment: [String: String]) {
        self.init(
            retryMode: retryMode, appID: appID, executionEnvironment: environment.nonEmptyValue("AWS_EXECUTION_ENV"),
            os: Self.osFamily, osVersion: Self.osVersion, architecture: Self.architecture, swiftVersion: Self.swiftVersion)
    }

    /// The User-Agent for the given platform facts.
    init(retryMode: AWSRetryMode, appID: String?, executionEnvironment: String?, os: String, osVersion: String?,
         architecture: String?, swiftVersion: String) {
        var parts = [Self.component(Self.sdkName, Self.sdkVersion), "ua/2.1", Self.component("os", os, osVersion)]
        if let architecture { parts.append(Self.component("md", "arch", architecture)) }
        parts.append(Self.component("lang", "swift", swiftVersion))
        if let executionEnvironment { parts.append(Self.component("exec-env", executionEnvironment)) }
        parts.append("m/" + Self.featureID(retryMode))
        parts.append(Self.component("cfg", "retry-mode", retryMode.rawValue))
        if let appID { parts.append("app/" + Self.sanitize(appID, allowHash: true)) }
        value = parts.joined(separator: " ")
    }

    /// The application id: `explicit`, else `AWS_SDK_UA_APP_ID`, else the profile's `sdk_ua_app_id`; an
    /// `AWSConfigurationError` naming where it came from when it is longer than ``maxAppIDLength``.
    static func appID(explicit: String?, settings: ConfigSettings) throws -> String? {
        let found: (String, source: String)?
        if let explicit, !explicit.isEmpty {
            found = (explicit, "the configuration's appID")
        } else {
            found = try settings.setting("AWS_SDK_UA_APP_ID", "sdk_ua_app_id")
        }
        guard let (id, source) = found else { return nil }
        guard id.count <= maxAppIDLength else {
            throw AWSConfigurationError("\(source) is \(id.count) characters long; an app id has at most \(maxAppIDLength)")
        }
        return id
    }

    /// botocore's feature ids of the retry modes (`RETRY_MODE_LEGACY`, `_STANDARD`, `_ADAPTIVE`).
    static func featureID(_ mode: AWSRetryMode) -> String {
        switch mode {
        case .legacy: "D"
        case .standard: "E"
        case .adaptive: "F"
        }
    }

    /// `prefix/name` or `prefix/name#value`, each part sanitized; `#` is allowed in the prefix and the value.
    static func component(_ prefix: String, _ name: String, _ value: String? = nil) -> String {
        let head = sanitize(prefix, allowHash: true) + "/" + sanitize(name, allowHash: false)
        guard let value, !value.isEmpty else { return head }
        return head + "#" + sanitize(value, allowHash: true)
    }

    /// `text` with every character outside the spec's set (ASCII letters and digits, and ``!$%&'*+-.^_`|~,``, and
    /// `#` when allowed) replaced by `-`.
    static func sanitize(_ text: String, allowHash: Bool) -> String {
        String(text.map { character in
            guard character.isASCII, let ascii = character.asciiValue else { return "-" }
            let scalar = Character(UnicodeScalar(ascii))
            if scalar.isLetter || scalar.isNumber || allowedPunctuation.contains(scalar) || (allowHash && scalar == "#") {
                return scalar
            }
            return "-"
        })
    }

    private static let allowedPunctuation = Set("!$%&'*+-.^_`|~,")

    /// The OS family, in the spec's names.
    static var osFamily: String {
        #if os(Linux)
        "linux"
        #elseif os(macOS)
        "macos"
        #elseif os(iOS)
        "ios"
        #elseif os(watchOS)
        "watchos"
        #elseif os(tvOS)
        "tvos"
        #elseif os(Windows)
        "windows"
        #elseif os(Android)
        "android"
        #else
        "other"
        #endif
    }

    /// The OS version as `major.minor.patch` (the kernel's on Linux).
    static var osVersion: String? {
        let version = ProcessInfo.processInfo.operatingSystemVersion
        guard version.majorVersion > 0 else { return nil }
        return "\(version.majorVersion).\(version.minorVersion).\(version.patchVersion)"
    }

    /// The machine: `x86_64`, `arm64`, `i386` or `arm`.
    static var architecture: String? {
        #if arch(x86_64)
        "x86_64"
        #elseif arch(arm64)
        "arm64"
        #elseif arch(i386)
        "i386"
        #elseif arch(arm)
        "arm"
        #else
        nil
        #endif
    }

    /// The version of the Swift compiler that built the runtime.
    static var swiftVersion: String {
        #if compiler(>=6.4)
        "6.4"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }
}
