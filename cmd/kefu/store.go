package main

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"

	"kefu"
	"kefu/storage"
)

// Webhook signing secrets are stored under numbered names so that during
// a rotation both the old and the new secret verify: webhook_secret,
// webhook_secret_2, …
const webhookSecret = "webhook_secret"

var webhookSecretName = regexp.MustCompile(`^webhook_secret(_[0-9]+)?$`)

func webhookSecretNames(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = webhookSecret
		if i > 0 {
			names[i] += "_" + strconv.Itoa(i+1)
		}
	}
	return names
}

// secretFlags are --webhook-secret and --secret name=value, given any
// number of times. Their values are never echoed, not even in errors.
type secretFlags struct {
	webhook repeated
	named   repeated
}

func (c *command) secrets(f *secretFlags) {
	c.fs.Var(&f.webhook, "webhook-secret", "a webhook signing secret such as whsec_…; repeat for several (stored as webhook_secret, webhook_secret_2, …)")
	c.fs.Var(&f.named, "secret", "a named secret as name=value, e.g. api_key=…; repeatable")
}

// parse returns the secrets to set, by name.
func (f *secretFlags) parse() (kefu.Secrets, error) {
	out := kefu.Secrets{}
	for i, name := range webhookSecretNames(len(f.webhook)) {
		if f.webhook[i] == "" {
			return nil, usagef("--webhook-secret: want a non-empty secret")
		}
		out[name] = f.webhook[i]
	}
	for _, kv := range f.named {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" || value == "" {
			return nil, usagef("--secret: want name=value such as api_key=… (a value may not be empty)")
		}
		if _, dup := out[name]; dup {
			return nil, usagef("--secret: secret %q is given twice", name)
		}
		out[name] = value
	}
	return out, nil
}

func cmdStoreAdd(c *cli, args []string) error {
	cmd := newCommand(c, "store add", "Add a store: one shop on one platform and site. Secrets are encrypted at rest.")
	var (
		o  common
		s  kefu.Store
		sf secretFlags
	)
	platforms := make([]string, len(kefu.Platforms))
	for i, p := range kefu.Platforms {
		platforms[i] = p.ID
	}
	cmd.common(&o)
	cmd.str(&s.Platform, "platform", "", "", "platform: "+strings.Join(platforms, ", ")+" (required)")
	cmd.str(&s.Slug, "slug", "", "", "short id used in URLs and filters, e.g. amazon-us (required)")
	cmd.str(&s.Name, "name", "", "", "display name (required)")
	cmd.str(&s.Site, "site", "", "", "market or site, e.g. US, UK, MY or a domain")
	cmd.str(&s.Timezone, "timezone", "", "UTC", "the store's IANA time zone, e.g. America/Los_Angeles")
	cmd.str(&s.Currency, "currency", "", "USD", "the store's ISO 4217 currency")
	cmd.secrets(&sf)
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("platform", "slug", "name"); err != nil {
		return err
	}
	var err error
	if s.Secrets, err = sf.parse(); err != nil {
		return err
	}
	if err := s.Validate(); err != nil {
		return err
	}
	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.CreateStore(ctx, &s); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "store %d created: %s (%s)\n", s.ID, s.Slug, s.Platform)
	return nil
}

func cmdStoreList(c *cli, args []string) error {
	cmd := newCommand(c, "store list", "List stores with the names of their secrets; secret values are never shown.")
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
	stores, err := db.ListStores(ctx)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSLUG\tPLATFORM\tSITE\tNAME\tTIMEZONE\tCURRENCY\tSECRETS")
	for _, s := range stores {
		names := strings.Join(s.SecretNames(), ",")
		if names == "" {
			names = "-"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Slug, s.Platform, orDash(s.Site), s.Name, s.Timezone, s.Currency, names)
	}
	return w.Flush()
}

func cmdStoreUpdate(c *cli, args []string) error {
	cmd := newCommand(c, "store update", "Change a store. --webhook-secret replaces all webhook secrets; --secret adds or replaces one; --remove-secret deletes one.")
	var (
		o                                    common
		slug, name, site, timezone, currency string
		sf                                   secretFlags
		remove                               repeated
	)
	cmd.common(&o)
	cmd.str(&slug, "slug", "", "", "the store to change (required)")
	cmd.str(&name, "name", "", "", "new display name")
	cmd.str(&site, "site", "", "", "new market or site")
	cmd.str(&timezone, "timezone", "", "", "new IANA time zone")
	cmd.str(&currency, "currency", "", "", "new ISO 4217 currency")
	cmd.secrets(&sf)
	cmd.fs.Var(&remove, "remove-secret", "name of a secret to delete; repeatable")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	if err := cmd.require("slug"); err != nil {
		return err
	}
	set, err := sf.parse()
	if err != nil {
		return err
	}
	changed := func(field, v string) *string {
		if cmd.given(field) {
			return &v
		}
		return nil
	}
	u := kefu.StoreUpdate{Name: changed("name", name), Site: changed("site", site), Timezone: changed("timezone", timezone), Currency: changed("currency", currency)}
	if u.Name == nil && u.Site == nil && u.Timezone == nil && u.Currency == nil && len(set) == 0 && len(remove) == 0 {
		return usagef("store update: nothing to change (see kefu store update -h)")
	}

	db, ctx, err := c.open(&o)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := findStore(ctx, db, slug)
	if err != nil {
		return err
	}
	u.SetSecrets = map[string]string{}
	if len(sf.webhook) > 0 {
		for _, n := range s.SecretNames() {
			if webhookSecretName.MatchString(n) {
				u.SetSecrets[n] = "" // an empty value deletes
			}
		}
	}
	for _, n := range remove {
		if _, ok := s.Secrets[n]; !ok {
			return usagef("--remove-secret %q: store %s has no such secret (it has: %s)", n, s.Slug, orDash(strings.Join(s.SecretNames(), ", ")))
		}
		if _, ok := set[n]; ok {
			return usagef("--remove-secret %q: the same secret is also set", n)
		}
		u.SetSecrets[n] = ""
	}
	for n, v := range set {
		u.SetSecrets[n] = v
	}
	if len(u.SetSecrets) == 0 {
		u.SetSecrets = nil
	}
	s, err = db.UpdateStore(ctx, s.ID, u)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "store %s updated; secrets: %s\n", s.Slug, orDash(strings.Join(s.SecretNames(), ",")))
	return nil
}

func findStore(ctx context.Context, db *storage.DB, slug string) (*kefu.Store, error) {
	s, err := db.FindStoreBySlug(ctx, slug)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, usagef("--slug: no store with slug %q (see kefu store list)", slug)
	}
	return s, err
}

// storeSlugs maps store ids to slugs for display.
func storeSlugs(ctx context.Context, db *storage.DB) (map[int64]string, error) {
	stores, err := db.ListStores(ctx)
	if err != nil {
		return nil, err
	}
	slugs := make(map[int64]string, len(stores))
	for _, s := range stores {
		slugs[s.ID] = s.Slug
	}
	return slugs, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
