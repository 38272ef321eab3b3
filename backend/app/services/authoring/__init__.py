"""What teachers write and publish: units of work with topics and objectives (`units`), assessments with their
settings and publishing (`assessments`), questions (`questions`), question pictures (`media`), reusable
mark schemes (`rubrics`), paper versions (`paper`), and who may see an assessment, with sharing (`sharing`)."""
