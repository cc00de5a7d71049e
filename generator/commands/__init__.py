"""Subcommands of `kroniek`; see generator.cli for the contract each module keeps."""
