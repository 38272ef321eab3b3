"""People and classes: signing in and sessions (`sign_in`), accounts (`users`), classes (`classes`), class lists
imported as updates (`pupil_import`, `roster_*`, `access_csv`), the school year and its rollover (`school_year`,
`new_year`), and pupils' access arrangements and display choices (`access`)."""
