"""People and classes: signing in and sessions (`sign_in`), accounts (`users`), classes (`classes`), pupils' CSV
import (`pupil_import`, `access_csv`), and pupils' access arrangements and display choices (`access`)."""
