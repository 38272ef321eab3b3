"""What teachers write and publish: units of work with topics and objectives (`units`), assessments with their
settings and publishing (`assessments`), questions (`questions`), question pictures (`media`), and reusable
mark schemes (`rubrics`)."""
