import Testing
@testable import OrgModel

@Suite struct IgnoreMatcherTests {
    @Test func commentsBlankLinesAndPlainNamesMatchAtAnyDepth() {
        let matcher = IgnoreMatcher("# a comment\n\nscratch.yaml\n")
        #expect(matcher.isIgnored("scratch.yaml"))
        #expect(matcher.isIgnored("a/b/scratch.yaml"))
        #expect(!matcher.isIgnored("scratch.yml"))
        #expect(!matcher.isIgnored("# a comment"))
    }

    @Test func starAndQuestionMarkStayWithinASegment() {
        let matcher = IgnoreMatcher("*.tmp.yaml\nv?.yaml\n")
        #expect(matcher.isIgnored("x.tmp.yaml"))
        #expect(matcher.isIgnored("dir/y.tmp.yaml"))
        #expect(matcher.isIgnored("v1.yaml"))
        #expect(!matcher.isIgnored("v10.yaml"))
        #expect(!IgnoreMatcher("a*b.yaml").isIgnored("a/b.yaml"))
    }

    @Test func leadingSlashAnchorsToTheRoot() {
        let matcher = IgnoreMatcher("/drafts.yaml\n")
        #expect(matcher.isIgnored("drafts.yaml"))
        #expect(!matcher.isIgnored("team/drafts.yaml"))
        let inner = IgnoreMatcher("team/drafts.yaml")
        #expect(inner.isIgnored("team/drafts.yaml"))
        #expect(!inner.isIgnored("x/team/drafts.yaml"))
    }

    @Test func trailingSlashMatchesDirectoriesOnly() {
        let matcher = IgnoreMatcher("build/\n")
        #expect(matcher.isIgnored("build/a.yaml"))
        #expect(matcher.isIgnored("x/build/y/a.yaml"))
        #expect(!matcher.isIgnored("build"))
    }

    @Test func doubleStarSpansDirectories() {
        #expect(IgnoreMatcher("**/generated/*.yaml").isIgnored("a/b/generated/x.yaml"))
        #expect(IgnoreMatcher("**/generated/*.yaml").isIgnored("generated/x.yaml"))
        #expect(IgnoreMatcher("docs/**").isIgnored("docs/a/b.yaml"))
        #expect(!IgnoreMatcher("docs/**").isIgnored("docs.yaml"))
        #expect(IgnoreMatcher("a/**/z.yaml").isIgnored("a/z.yaml"))
        #expect(IgnoreMatcher("a/**/z.yaml").isIgnored("a/b/c/z.yaml"))
    }

    @Test func characterClassesWithRangesAndNegation() {
        #expect(IgnoreMatcher("env-[abc].yaml").isIgnored("env-b.yaml"))
        #expect(!IgnoreMatcher("env-[abc].yaml").isIgnored("env-d.yaml"))
        #expect(IgnoreMatcher("env-[0-9].yaml").isIgnored("env-7.yaml"))
        #expect(IgnoreMatcher("env-[!0-9].yaml").isIgnored("env-x.yaml"))
        #expect(!IgnoreMatcher("env-[!0-9].yaml").isIgnored("env-7.yaml"))
    }

    @Test func negationReincludesUnlessAParentIsIgnored() {
        let matcher = IgnoreMatcher("*.yaml\n!keep.yaml\n")
        #expect(matcher.isIgnored("drop.yaml"))
        #expect(!matcher.isIgnored("keep.yaml"))
        let parent = IgnoreMatcher("vendor/\n!vendor/keep.yaml\n")
        #expect(parent.isIgnored("vendor/keep.yaml"))
    }

    @Test func escapesAndTrailingSpaces() {
        #expect(IgnoreMatcher("\\#literal.yaml").isIgnored("#literal.yaml"))
        #expect(IgnoreMatcher("\\!bang.yaml").isIgnored("!bang.yaml"))
        #expect(IgnoreMatcher("spaced.yaml   ").isIgnored("spaced.yaml"))
        #expect(IgnoreMatcher("a\\*.yaml").isIgnored("a*.yaml"))
        #expect(!IgnoreMatcher("a\\*.yaml").isIgnored("ab.yaml"))
    }
}
