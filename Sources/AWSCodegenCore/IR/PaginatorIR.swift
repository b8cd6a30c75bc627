/// A paginated operation: its tokens, when its pages end, and where its results are.
struct PaginatorIR {
    var methodName: String
    var inputType: String
    var outputType: String
    /// The tokens, in `paginators-1.json` order: a request sends each in its input member.
    var tokens: [PaginatorTokenIR]
    /// The output's flag that there are more pages (botocore's `more_results`): the pages go on only while
    /// it is true.
    var moreResults: MemberPathIR?
    /// The input member that sets how many items a page holds (botocore's `limit_key`), when it is an
    /// integer or a string.
    var pageSize: MemberPathIR?
    /// The output's results (botocore's `result_key`) that could be read.
    var results: [MemberPathIR]
    /// The one list among the results, whose elements an items method yields.
    var items: PaginatorItemsIR?
}

/// One token of a paginator: the input member that sends it, and where a page gives the next one.
struct PaginatorTokenIR {
    /// The top-level input member.
    var input: MemberPathIR
    /// Where a page gives the next token: the first of these paths whose value is present and not empty,
    /// as JMESPath's `a || b` picks.
    var output: [MemberPathIR]
}

/// The list of results a paginator's items method flattens.
struct PaginatorItemsIR {
    var path: MemberPathIR
    var elementType: TypeIR
}

/// A path from an input or output to a value, such as botocore's `StreamDescription.Shards[-1].ShardId`.
struct MemberPathIR {
    /// One step of a path.
    enum Step {
        /// A member of a structure, by its Swift name; optional when not required.
        case member(name: String, isOptional: Bool)
        /// The element of a list at `index`; negative indexes count from the end, `-1` being the last.
        case index(Int)
    }

    var steps: [Step]
}

/// A paginator that gets no methods, and why.
struct PaginatorGap {
    /// The operation's model name.
    var operation: String
    var reason: String
}
