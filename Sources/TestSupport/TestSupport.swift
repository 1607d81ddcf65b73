/// The `TestSupport` module. See ARCHITECTURE.md in the design docs for its job.
enum TestSupportModule {}
