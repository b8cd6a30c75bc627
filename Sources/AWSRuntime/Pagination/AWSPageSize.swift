/// A type of the input member that sets how many items a page holds (botocore's `limit_key`).
@_spi(Generated) public protocol AWSPageSize {
    /// The value that asks for `pageSize` items a page.
    init(pageSize: Int)
}

@_spi(Generated) extension Int: AWSPageSize {
    /// `pageSize`.
    public init(pageSize: Int) { self = pageSize }
}

@_spi(Generated) extension Int64: AWSPageSize {
    /// `pageSize`.
    public init(pageSize: Int) { self = Int64(pageSize) }
}

@_spi(Generated) extension String: AWSPageSize {
    /// `pageSize` in decimal, for members that the model declares as strings.
    public init(pageSize: Int) { self = String(pageSize) }
}

@_spi(Generated) extension Optional: AWSPageSize where Wrapped: AWSPageSize {
    /// `pageSize`, present.
    public init(pageSize: Int) { self = Wrapped(pageSize: pageSize) }
}

extension AWSPageSequence {
    /// These pages with `size` items each (the last may hold fewer), set in the input member `member`
    /// on every request, as botocore's `PageSize`; unchanged when `size` is nil.
    @_spi(Generated) public func pageSize<Size: AWSPageSize>(_ size: Int?, _ member: WritableKeyPath<Input, Size> & Sendable) -> Self {
        guard let size else { return self }
        var copy = self
        copy.input[keyPath: member] = Size(pageSize: size)
        return copy
    }
}
