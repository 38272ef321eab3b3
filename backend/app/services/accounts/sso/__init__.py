"""Single sign-on with OpenID Connect: the providers an admin sets up and the staff policy (`setup`), talking to a
provider — discovery, keys, the code exchange, the ID token's checks (`protocol`) — whose account a verified ID
token names (`identity`), and one sign-in from the button to the session (`flow`)."""
