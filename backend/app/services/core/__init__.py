"""Machinery every subject uses: the audit log, written and read (`audit`), rate limits counted in the database
(`rate_limit`), durable background jobs with their worker (`jobs`), and whether this process is ready to serve
(`readiness`)."""
