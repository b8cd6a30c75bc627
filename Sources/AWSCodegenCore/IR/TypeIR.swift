/// The type of a member, a list element or a map value.
indirect enum TypeIR: Equatable {
    /// A built-in scalar.
    case scalar(ScalarIR)
    /// Any JSON value: a document shape, or a JSON value in a header.
    case document
    /// A generated shape (structure, union or enum), by its type name.
    case shape(String)
    case list(TypeIR)
    /// A map with string keys.
    case map(TypeIR)
    /// An output's event stream of the events of a union.
    case eventStream(TypeIR)
    /// A streaming blob payload (`AWSByteStream`): a file or a sequence sent, or a body received, on demand.
    case byteStream
}

/// A scalar value, with the model's numeric kinds folded into the ones the generated code uses.
enum ScalarIR: Equatable {
    /// A string or character.
    case string
    /// A byte, short or integer.
    case integer
    /// A long or bigInteger.
    case long
    case float
    /// A double or bigDecimal.
    case double
    case boolean
    case timestamp
    case blob
}
