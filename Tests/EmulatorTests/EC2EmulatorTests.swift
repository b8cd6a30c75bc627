import AWSRuntime
import EmulatorEC2
import Foundation
import Testing

/// The ec2 client against moto: instances run, are found by filters, reach `running` through the waiter, and
/// an unknown instance gives EC2's error code (EC2 models no error shapes).
@Suite struct EC2EmulatorTests {
    @Test func instancesRunAndAreFoundByTheirTags() async throws {
        let ec2 = try EmulatorEC2Client(configuration: try await EmulatorClients.configuration())
        let tag = EmulatorClients.unique("swift")
        let reservation = try await ec2.runInstances(RunInstancesRequest(
            imageId: "ami-12c6146b", instanceType: .t2Micro, maxCount: 2, minCount: 2,
            tagSpecifications: [TagSpecification(resourceType: .instance, tags: [Tag(key: "run", value: tag)])]))
        let ids = (reservation.instances ?? []).compactMap(\.instanceId)
        #expect(ids.count == 2)

        let filters = [Filter(name: "tag:run", values: [tag])]
        try await ec2.waitUntilInstanceRunning(DescribeInstancesRequest(filters: filters), maxWait: .seconds(30))
        let described = try await ec2.describeInstances(DescribeInstancesRequest(filters: filters))
        let instances = (described.reservations ?? []).flatMap { $0.instances ?? [] }
        #expect(Set(instances.compactMap(\.instanceId)) == Set(ids))
        #expect(instances.allSatisfy { $0.state?.name == .running })
        #expect(instances.allSatisfy { $0.imageId == "ami-12c6146b" && $0.instanceType == .t2Micro })
        #expect(instances.first?.tags?.contains { $0.key == "run" && $0.value == tag } == true)
        #expect(instances.first?.launchTime != nil)

        let terminated = try await ec2.terminateInstances(TerminateInstancesRequest(instanceIds: ids))
        #expect(Set((terminated.terminatingInstances ?? []).compactMap(\.instanceId)) == Set(ids))

        do {
            _ = try await ec2.describeInstances(DescribeInstancesRequest(instanceIds: ["i-0123456789abcdef0"]))
            Issue.record("describing an unknown instance succeeded")
        } catch let error as AWSUnknownServiceError {
            #expect(error.code == "InvalidInstanceID.NotFound")
            #expect(error.status == 400)
            #expect(error.requestID?.isEmpty == false)
        }
    }
}
