package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"kefu"
	"kefu/storage"
)

func cmdUserAdd(c *cli, args []string) error {
	cmd := newCommand(c, "user add", "Add a user. Without a password the user can only use API tokens.")
	var (
		o                common
		u                kefu.User
		password, stores string
		passwordStdin    bool
	)
	cmd.common(&o)
	cmd.str(&u.Email, "email", "", "", "email address, used to sign in (required)")
	cmd.str(&u.Role, "role", "", "", "role: admin, supervisor, agent or viewer (required)")
	cmd.str(&u.Name, "name", "", "", "display name")
	cmd.str(&password, "password", "", "", "password (visible to other local users in ps; prefer --password-stdin)")
	cmd.boolean(&passwordStdin, "password-stdin", "", "read the password from the first line of standard input")
	cmd.str(&stores, "stores", "", "", "comma-separated store slugs the user may see; empty for every store")
	cmd.str(&u.Locale, "locale", "", "", "interface language: en or zh-CN (default en)")
	cmd.str(&u.Timezone, "timezone", "", "", "IANA time zone such as Asia/Shanghai (default UTC)")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("email", "role"); err != nil {
		return err
	}
	pw, err := c.password(cmd, password, passwordStdin, false)
	if err != nil {
		return err
	}
	// Check what needs no database first, so a typo fails fast.
	if err := u.Validate(); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, slug := range strings.FieldsFunc(stores, func(r rune) bool { return r == ',' || r == ' ' }) {
		s, err := db.FindStoreBySlug(ctx, slug)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			return usagef("--stores: no store with slug %q (see kefu store list)", slug)
		} else if err != nil {
			return err
		}
		u.StoreIDs = append(u.StoreIDs, s.ID)
	}
	if err := db.CreateUser(ctx, &u, pw); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "user %d created: %s (%s)\n", u.ID, u.Email, u.Role)
	return nil
}

func cmdUserList(c *cli, args []string) error {
	cmd := newCommand(c, "user list", "List users.")
	var o common
	cmd.common(&o)
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
	slugs, err := storeSlugs(ctx, db)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tEMAIL\tROLE\tSTORES\tDISABLED")
	for _, u := range users {
		scope := "all"
		if len(u.StoreIDs) > 0 {
			names := make([]string, len(u.StoreIDs))
			for i, id := range u.StoreIDs {
				names[i] = slugs[id]
			}
			scope = strings.Join(names, ",")
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", u.ID, u.Email, u.Role, scope, formatTime(u.DisabledAt))
	}
	return w.Flush()
}

func cmdUserPasswd(c *cli, args []string) error {
	cmd := newCommand(c, "user passwd", "Set a user's password.")
	var (
		o               common
		email, password string
		passwordStdin   bool
	)
	cmd.common(&o)
	cmd.str(&email, "email", "", "", "the user's email address (required)")
	cmd.str(&password, "password", "", "", "new password (visible to other local users in ps; prefer --password-stdin)")
	cmd.boolean(&passwordStdin, "password-stdin", "", "read the new password from the first line of standard input")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("email"); err != nil {
		return err
	}
	pw, err := c.password(cmd, password, passwordStdin, true)
	if err != nil {
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
	if _, err := db.UpdateUser(ctx, u.ID, kefu.UserUpdate{Password: &pw}); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "password changed for %s\n", u.Email)
	return nil
}

// password returns the password from --password or, with
// --password-stdin, the first line of standard input. It is checked here
// so a short password fails before the database is touched.
func (c *cli) password(cmd *command, flagValue string, fromStdin, required bool) (string, error) {
	pw := flagValue
	switch {
	case fromStdin && flagValue != "":
		return "", usagef("%s: use --password or --password-stdin, not both", cmd.name)
	case fromStdin:
		line, _ := bufio.NewReader(c.stdin).ReadString('\n')
		pw = strings.TrimRight(line, "\r\n")
		if pw == "" {
			return "", usagef("%s: --password-stdin: no password on the first line of standard input", cmd.name)
		}
	case flagValue == "" && required:
		return "", usagef("%s: --password or --password-stdin is required", cmd.name)
	}
	if pw == "" && !required {
		return "", nil
	}
	if err := kefu.CheckPassword(pw); err != nil {
		return "", err
	}
	return pw, nil
}

// findUser finds a user by email, naming the email when there is none.
func findUser(ctx context.Context, db *storage.DB, email string) (*kefu.User, error) {
	u, err := db.FindUserByEmail(ctx, email)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, kefu.NotFound(fmt.Sprintf("user %q", email))
	}
	return u, err
}
