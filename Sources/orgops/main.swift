import OrgOpsCLI

await Application.main()
