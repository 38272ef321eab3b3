"""Children's data (UK GDPR): everything held about a pupil, exported or erased (`pupil_data`), and keeping data
no longer than needed (`retention`)."""
