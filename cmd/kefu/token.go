package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"kefu"
)

func cmdTokenCreate(c *cli, args []string) error {
	cmd := newCommand(c, "token create", "Create an API token for a user. The token is printed once, alone on stdout; only a hash is stored.")
	var (
		o                   common
		email, scopes, name string
		expires             time.Duration
	)
	cmd.common(&o)
	cmd.str(&email, "user", "", "", "the owner's email address (required)")
	cmd.str(&scopes, "scopes", "", "", "comma-separated scopes: "+strings.Join(kefu.Scopes, ", ")+" (required)")
	cmd.str(&name, "name", "", "cli", "a name to recognise the token by")
	cmd.duration(&expires, "expires", "", "720h", "lifetime; 0 for a token that never expires")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("user", "scopes"); err != nil {
		return err
	}
	t := &kefu.Token{Name: name}
	var err error
	if t.Scopes, err = kefu.ParseScopes(scopes); err != nil {
		return err
	}
	if expires > 0 {
		at := kefu.Now().Add(expires)
		t.ExpiresAt = &at
	}
	// Check what needs no database first, so a typo fails fast.
	if err := t.Validate(kefu.Now()); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := findUser(ctx, db, email)
	if err != nil {
		return err
	}
	t.UserID = u.ID
	secret, err := db.CreateToken(ctx, t)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, secret)
	return nil
}

func cmdTokenList(c *cli, args []string) error {
	cmd := newCommand(c, "token list", "List API tokens (never their secrets).")
	var (
		o     common
		email string
	)
	cmd.common(&o)
	cmd.str(&email, "user", "", "", "only this user's tokens")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	users, err := db.ListUsers(ctx)
	if err != nil {
		return err
	}
	emails := make(map[int64]string, len(users))
	var userID int64
	for _, u := range users {
		emails[u.ID] = u.Email
		if strings.EqualFold(u.Email, strings.TrimSpace(email)) {
			userID = u.ID
		}
	}
	if email != "" && userID == 0 {
		return kefu.NotFound(fmt.Sprintf("user %q", email))
	}
	tokens, err := db.ListTokens(ctx, userID)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tUSER\tNAME\tPREFIX\tSCOPES\tEXPIRES\tLAST USED\tREVOKED")
	for _, t := range tokens {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, emails[t.UserID], t.Name, t.Prefix,
			strings.Join(t.Scopes, ","), formatTime(t.ExpiresAt), formatTime(t.LastUsedAt), formatTime(t.RevokedAt))
	}
	return w.Flush()
}

func cmdTokenRevoke(c *cli, args []string) error {
	cmd := newCommand(c, "token revoke", "Revoke an API token; requests using it fail from now on.")
	var (
		o  common
		id int64
	)
	cmd.common(&o)
	cmd.add(&setting{name: "id", want: "a token id from kefu token list", apply: func(v string) error {
		if v == "" {
			return nil
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err == nil && n < 1 {
			err = fmt.Errorf("not positive")
		}
		id = n
		return err
	}}, "", "the token's id (required)")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("id"); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.RevokeToken(ctx, id); kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return kefu.NotFound(fmt.Sprintf("token %d", id))
	} else if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "token %d revoked\n", id)
	return nil
}

// formatTime shows an optional time in UTC to the minute, "-" when unset.
func formatTime(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04Z")
}
