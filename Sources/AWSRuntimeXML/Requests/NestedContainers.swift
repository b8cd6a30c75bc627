/// What the XML protocols' encoders answer to `nestedContainer`, `nestedUnkeyedContainer` and `superEncoder`.
enum NestedContainers {
    /// Stops: generated shapes write every member through `AWSKeyedWriter` and every collection through
    /// `Array` and `Dictionary`, none of which asks for a nested container, and an element or field written
    /// through one would have no name to go under.
    static func unsupported() -> Never {
        preconditionFailure("the query and XML encoders write members through AWSKeyedWriter, not nested containers")
    }
}
