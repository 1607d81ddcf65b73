import Foundation
import Testing
@testable import AWSServices

/// Secrets in typed values never reach logs through print, dump or interpolation.
@Suite struct RedactionTests {
    @Test func credentialsAndNoEchoParametersAreRedacted() {
        let credentials = STSAPI.Credentials(accessKeyId: "ASIAEXAMPLE", secretAccessKey: "s3cr3t-value",
                                             sessionToken: "token-value", expiration: nil)
        let parameter = CloudFormationAPI.Parameter(parameterKey: "DbPassword", parameterValue: "hunter2-value")
        var dumped = ""
        dump(credentials, to: &dumped)
        dump(parameter, to: &dumped)
        let texts = ["\(credentials)", String(describing: credentials), String(reflecting: credentials),
                     "\(parameter)", String(reflecting: parameter), dumped]
        for text in texts {
            #expect(!text.contains("s3cr3t-value"))
            #expect(!text.contains("token-value"))
            #expect(!text.contains("hunter2-value"))
        }
        #expect("\(credentials)".contains("ASIAEXAMPLE"))
        #expect("\(parameter)".contains("DbPassword"))
    }
}
