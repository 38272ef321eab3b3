"""Deployment: Compose files, the real Caddy proxy, several API processes, backups, metrics and logs."""
