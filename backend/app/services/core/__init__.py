"""Machinery every subject uses: the audit log, written and read (`audit`), rate limits counted in the database
(`rate_limit`), and durable background jobs with their worker (`jobs`)."""
