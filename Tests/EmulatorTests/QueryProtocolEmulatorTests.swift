import AWSRuntime
import EmulatorDocDB
import EmulatorIAM
import EmulatorSNS
import EmulatorSTS
import Foundation
import Testing

/// The awsQuery clients (STS, IAM, SNS, DocumentDB) against moto.
@Suite struct QueryProtocolEmulatorTests {
    @Test func stsSaysWhoTheCallerIs() async throws {
        let sts = try EmulatorSTSClient(configuration: try await EmulatorClients.configuration())
        let identity = try await sts.getCallerIdentity(GetCallerIdentityRequest())
        #expect(identity.account == "123456789012")
        #expect(identity.arn?.hasPrefix("arn:aws:") == true)
    }

    @Test func iamUsersPageThroughAndAMissingUserIsTyped() async throws {
        let iam = try EmulatorIAMClient(configuration: try await EmulatorClients.configuration())
        let path = "/\(EmulatorClients.unique("path"))/"
        var created: [String] = []
        for index in 0..<3 {
            let name = EmulatorClients.unique("user\(index)")
            let output = try await iam.createUser(CreateUserRequest(path: path, userName: name))
            #expect(output.user?.userName == name)
            #expect(output.user?.path == path)
            created.append(name)
        }
        let users = try await iam.listUsers(ListUsersRequest(pathPrefix: path))
        #expect(users.users.map(\.userName).sorted() == created.sorted())
        #expect(users.isTruncated != true)
        let fetched = try await iam.getUser(GetUserRequest(userName: created[0]))
        #expect(fetched.user.userName == created[0])
        #expect(fetched.user.arn.hasSuffix("user\(path)\(created[0])"))

        await #expect(throws: NoSuchEntityException.self) {
            _ = try await iam.getUser(GetUserRequest(userName: EmulatorClients.unique("nobody")))
        }
        do {
            try await iam.deleteUser(DeleteUserRequest(userName: EmulatorClients.unique("nobody")))
            Issue.record("deleting a missing user succeeded")
        } catch let error as NoSuchEntityException {
            #expect(error.context.code == "NoSuchEntity")
            #expect(error.context.status == 404)
            #expect(error.message?.isEmpty == false)
        }
    }

    /// moto pages `ListRoles` (not `ListUsers`, whose `MaxItems` it ignores): one role a page, so that the
    /// paginator follows `Marker` from page to page.
    @Test func iamRolesPageThroughMarkers() async throws {
        let iam = try EmulatorIAMClient(configuration: try await EmulatorClients.configuration())
        let path = "/\(EmulatorClients.unique("roles"))/"
        let policy = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
        var created: [String] = []
        for index in 0..<3 {
            let name = EmulatorClients.unique("role\(index)")
            let role = try await iam.createRole(CreateRoleRequest(path: path, roleName: name, assumeRolePolicyDocument: policy))
            #expect(role.role.roleName == name)
            created.append(name)
        }
        var listed: [String] = []
        var pages = 0
        for try await page in iam.listRolesPages(ListRolesRequest(pathPrefix: path), pageSize: 1) {
            pages += 1
            listed += page.roles.map(\.roleName)
        }
        #expect(listed.sorted() == created.sorted())
        #expect(pages >= 3)
    }

    @Test func snsTopicsPublishAndAMissingTopicIsTyped() async throws {
        let sns = try EmulatorSNSClient(configuration: try await EmulatorClients.configuration())
        let name = EmulatorClients.unique("topic")
        let topicArn = try #require(try await sns.createTopic(CreateTopicInput(name: name, attributes: ["DisplayName": "Swift"])).topicArn)
        #expect(topicArn.hasSuffix(":\(name)"))
        let topics = try await sns.listTopics(ListTopicsInput())
        #expect(topics.topics?.contains { $0.topicArn == topicArn } == true)
        let attributes = try await sns.getTopicAttributes(GetTopicAttributesInput(topicArn: topicArn))
        #expect(attributes.attributes?["DisplayName"] == "Swift")
        let published = try await sns.publish(PublishInput(topicArn: topicArn, message: "hello from Swift"))
        #expect(published.messageId?.isEmpty == false)
        try await sns.deleteTopic(DeleteTopicInput(topicArn: topicArn))
        await #expect(throws: NotFoundException.self) {
            _ = try await sns.getTopicAttributes(GetTopicAttributesInput(topicArn: topicArn))
        }
    }

    @Test func docdbClustersAreCreatedAndAMissingOneIsTyped() async throws {
        let docdb = try EmulatorDocDBClient(configuration: try await EmulatorClients.configuration())
        let identifier = EmulatorClients.unique("cluster")
        // moto 5.2.5 serves DocumentDB's API from its RDS backend, whose clusters do not take the `docdb` engine:
        // its refusal comes back as an unmodeled error that names the engine.
        do {
            _ = try await docdb.createDBCluster(CreateDBClusterMessage(
                dbClusterIdentifier: identifier, engine: "docdb", masterUsername: "admin", masterUserPassword: "password123"))
        } catch let error as AWSUnknownServiceError {
            #expect(error.code == "InvalidParameterValue")
            #expect(error.message?.contains("docdb") == true)
        }
        let created = try await docdb.createDBCluster(CreateDBClusterMessage(
            dbClusterIdentifier: identifier, engine: "aurora-postgresql", masterUsername: "admin", masterUserPassword: "password123"))
        #expect(created.dbCluster?.dbClusterIdentifier == identifier)
        #expect(created.dbCluster?.engine == "aurora-postgresql")
        let described = try await docdb.describeDBClusters(DescribeDBClustersMessage(dbClusterIdentifier: identifier))
        #expect(described.dbClusters?.map(\.dbClusterIdentifier) == [identifier])
        #expect(described.dbClusters?.first?.masterUsername == "admin")
        await #expect(throws: DBClusterNotFoundFault.self) {
            _ = try await docdb.describeDBClusters(DescribeDBClustersMessage(dbClusterIdentifier: EmulatorClients.unique("missing")))
        }
    }
}
