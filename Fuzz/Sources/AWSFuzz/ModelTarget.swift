import AWSCodegenCore

extension FuzzTarget {
    /// The model reader and generator, in memory: the first byte picks which file of the features fixture's
    /// model directory the rest replaces (the service model, paginators, waiters, endpoint rule set or
    /// `aws-codegen.json`); the other files stay as they are.
    static let model = FuzzTarget(name: "model", summary: "Generator.generateModule, one model file replaced") { bytes in
        var input = ModelFiles.base
        let file = ModelInput.File(name: "fuzz.json", bytes: Array(bytes.dropFirst()))
        switch (bytes.first ?? 0) % 5 {
        case 0: input.service = file
        case 1: input.paginators = file
        case 2: input.waiters = file
        case 3: input.endpointRuleSet = file
        default: input.config = file
        }
        _ = try Generator.generateModule(input)
    }
}

/// The features fixture's model files, read once.
enum ModelFiles {
    static let base = ModelInput(
        service: .init(name: "service-2.json", bytes: FuzzFixtures.file("Tests/Fixtures/features/model/service-2.json")),
        paginators: .init(name: "paginators-1.json", bytes: FuzzFixtures.file("Tests/Fixtures/features/model/paginators-1.json")),
        waiters: .init(name: "waiters-2.json", bytes: FuzzFixtures.file("Tests/Fixtures/features/model/waiters-2.json")))
}
