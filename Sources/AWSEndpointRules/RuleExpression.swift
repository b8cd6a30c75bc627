import AWSJSON

/// An expression of the endpoint rules language, with names resolved to scope slots.
enum RuleExpression: Sendable {
    /// A Boolean, integer or string without placeholders.
    case literal(JSONValue)
    /// A string with `{Name}` or `{Name#path}` placeholders.
    case template(StringTemplate)
    /// `{"ref": Name}`: the value in a scope slot.
    case reference(Int)
    /// `{"fn": ..., "argv": [...]}`, for every function but `getAttr`.
    case call(FunctionCall)
    /// `{"fn": "getAttr", "argv": [target, path]}`, with the literal path parsed.
    indirect case attribute(of: RuleExpression, AttributePath)
    case array([RuleExpression])
    case record([(name: String, value: RuleExpression)])
}

/// A call of one of the rules language's functions.
///
/// A class, so that evaluation reads the rule tree without copying its arrays.
final class FunctionCall: Sendable {
    let function: RuleFunction
    let arguments: [RuleExpression]

    init(function: RuleFunction, arguments: [RuleExpression]) {
        self.function = function
        self.arguments = arguments
    }
}

/// The functions of the rules language's standard library and its AWS extensions, but `getAttr`
/// (``RuleExpression/attribute(of:_:)``).
enum RuleFunction: Sendable, Equatable {
    case isSet
    case not
    case booleanEquals
    case stringEquals
    case partition
    case parseArn
    case isVirtualHostableS3Bucket
    case parseURL
    case substring
    case uriEncode
    case isValidHostLabel
    case coalesce
    case split
    case ite

    /// The function named `name` in a rule set, with its argument count.
    static func named(_ name: String) -> (function: RuleFunction, arity: ClosedRange<Int>)? {
        switch name {
        case "isSet": (.isSet, 1...1)
        case "not": (.not, 1...1)
        case "booleanEquals": (.booleanEquals, 2...2)
        case "stringEquals": (.stringEquals, 2...2)
        case "aws.partition": (.partition, 1...1)
        case "aws.parseArn": (.parseArn, 1...1)
        case "aws.isVirtualHostableS3Bucket": (.isVirtualHostableS3Bucket, 2...2)
        case "parseURL": (.parseURL, 1...1)
        case "substring": (.substring, 4...4)
        case "uriEncode": (.uriEncode, 1...1)
        case "isValidHostLabel": (.isValidHostLabel, 2...2)
        case "coalesce": (.coalesce, 1...Int.max)
        case "split": (.split, 3...3)
        case "ite": (.ite, 3...3)
        default: nil
        }
    }

    /// The function's name in rule sets, for messages.
    var name: String {
        switch self {
        case .isSet: "isSet"
        case .not: "not"
        case .booleanEquals: "booleanEquals"
        case .stringEquals: "stringEquals"
        case .partition: "aws.partition"
        case .parseArn: "aws.parseArn"
        case .isVirtualHostableS3Bucket: "aws.isVirtualHostableS3Bucket"
        case .parseURL: "parseURL"
        case .substring: "substring"
        case .uriEncode: "uriEncode"
        case .isValidHostLabel: "isValidHostLabel"
        case .coalesce: "coalesce"
        case .split: "split"
        case .ite: "ite"
        }
    }
}
