"""People and classes: signing in and server-side sessions (`sign_in`), staff and pupil accounts (`users`),
classes and who is in them (`classes`), and bulk import of pupils from a CSV (`pupil_import`)."""
