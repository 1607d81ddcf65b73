/// The `AWSServices` module. See ARCHITECTURE.md in the design docs for its job.
enum AWSServicesModule {}
