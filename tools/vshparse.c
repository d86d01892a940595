/*
 * vshparse.c: tokenizing and parsing command lines
 *
 * A command line is either one string, split into words with virsh's
 * quoting rules ('...', "...", backslash escapes, '#' comments, ';' and
 * newline between commands), or an argv vector taken word by word. Each
 * command's words are matched against its option table: "--name",
 * "--name=value", "--name value", positional values filling the options
 * that take a value in table order, and "--" ending the options.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "vsh.h"

typedef enum {
    VSH_TK_ERROR,      /* malformed input, error printed */
    VSH_TK_ARG,        /* one word */
    VSH_TK_SUBCMD_END, /* ';', newline or comment: end of a command */
    VSH_TK_END,        /* end of input */
} vshToken;

typedef struct {
    const char *pos;   /* string mode: the next character */
    char *const *argv; /* argv mode: the words */
    size_t argc;
    size_t argi;
} vshParser;

/* What has been seen of the command being parsed. */
typedef struct {
    const vshCmdDef *def;
    vshCmdOpt *first;
    vshCmdOpt *last;
    guint64 needArg; /* options that can still take a positional value */
    guint64 required;
    guint64 seen;
    bool dataOnly; /* after "--" */
} vshParseState;

const vshCmdOptDef vshHelpOpt = {
    .name = "help",
    .type = VSH_OT_BOOL,
    .help = N_("print help for this function"),
};


static bool
vshIsBlank(char c)
{
    return c == ' ' || c == '\t';
}


/* Next word of a string command line. */
static vshToken
vshParserNextString(vshControl *ctl, vshParser *parser, char **res)
{
    const char *p = parser->pos;
    g_autoptr(GString) word = NULL;
    bool sq = false;
    bool dq = false;

    while (vshIsBlank(*p) || (*p == '\\' && p[1] == '\n'))
        p += (*p == '\\') ? 2 : 1;
    parser->pos = p;
    if (!*p)
        return VSH_TK_END;
    if (*p == ';' || *p == '\n') {
        parser->pos = p + 1;
        return VSH_TK_SUBCMD_END;
    }
    if (*p == '#') {
        while (*p && *p != '\n')
            p++;
        parser->pos = *p ? p + 1 : p;
        return VSH_TK_SUBCMD_END;
    }

    word = g_string_new(NULL);
    while (*p) {
        if (!sq && !dq && (vshIsBlank(*p) || *p == ';' || *p == '\n'))
            break;
        if (!dq && *p == '\'') {
            sq = !sq;
            p++;
            continue;
        }
        if (!sq && *p == '"') {
            dq = !dq;
            p++;
            continue;
        }
        if (!sq && *p == '\\') {
            p++;
            if (!*p) {
                vshError(ctl, "%s", _("dangling \\"));
                return VSH_TK_ERROR;
            }
            if (*p == '\n') {
                p++;
                continue;
            }
        }
        g_string_append_c(word, *p++);
    }
    if (dq) {
        vshError(ctl, "%s", _("missing \""));
        return VSH_TK_ERROR;
    }
    parser->pos = p;
    *res = g_string_free(g_steal_pointer(&word), FALSE);
    return VSH_TK_ARG;
}


static vshToken
vshParserNext(vshControl *ctl, vshParser *parser, char **res)
{
    *res = NULL;
    if (!parser->argv)
        return vshParserNextString(ctl, parser, res);
    if (parser->argi >= parser->argc)
        return VSH_TK_END;
    *res = g_strdup(parser->argv[parser->argi++]);
    return VSH_TK_ARG;
}


static void
vshCommandOptFree(vshCmdOpt *opt)
{
    while (opt) {
        vshCmdOpt *next = opt->next;

        g_free(opt->data);
        g_free(opt);
        opt = next;
    }
}


void
vshCommandFree(vshCmd *cmd)
{
    while (cmd) {
        vshCmd *next = cmd->next;

        vshCommandOptFree(cmd->opts);
        g_free(cmd);
        cmd = next;
    }
}


/* Which options take a value and which are required. */
static void
vshParseStateStart(vshParseState *st, const vshCmdDef *def)
{
    size_t i;

    memset(st, 0, sizeof(*st));
    st->def = def;
    for (i = 0; def->opts && def->opts[i].name; i++) {
        const vshCmdOptDef *opt = &def->opts[i];

        if (opt->type == VSH_OT_BOOL || opt->type == VSH_OT_ALIAS)
            continue;
        if (opt->flags & VSH_OFLAG_REQ)
            st->required |= G_GUINT64_CONSTANT(1) << i;
        if (!(opt->flags & VSH_OFLAG_REQ_OPT))
            st->needArg |= G_GUINT64_CONSTANT(1) << i;
    }
}


static void
vshParseStateAdd(vshParseState *st, const vshCmdOptDef *def, char *data)
{
    vshCmdOpt *opt = g_new0(vshCmdOpt, 1);

    opt->def = def;
    opt->data = data;
    if (st->last)
        st->last->next = opt;
    else
        st->first = opt;
    st->last = opt;
}


/*
 * Find the option called @name, following aliases. An alias with a value
 * stores it in *@value (an error if the user gave "=value" too).
 */
static const vshCmdOptDef *
vshParseFindOption(
    vshControl *ctl, vshParseState *st, const char *name, char **value, size_t *index)
{
    const vshCmdOptDef *opts = st->def->opts;
    g_autofree char *alias = NULL;
    size_t i;

    if (g_str_equal(name, vshHelpOpt.name))
        return &vshHelpOpt;

    for (i = 0; opts && opts[i].name; i++) {
        char *eq;

        if (!g_str_equal(opts[i].name, name))
            continue;
        if (opts[i].type == VSH_OT_ALIAS) {
            g_free(alias);
            name = alias = g_strdup(opts[i].help);
            if ((eq = strchr(alias, '='))) {
                *eq = '\0';
                if (*value) {
                    vshError(ctl, _("invalid '=' after option --%s"), opts[i].name);
                    return NULL;
                }
                *value = g_strdup(eq + 1);
            }
            continue;
        }
        if ((st->seen & (G_GUINT64_CONSTANT(1) << i)) && opts[i].type != VSH_OT_ARGV) {
            vshError(ctl, _("option --%s already seen"), name);
            return NULL;
        }
        st->seen |= G_GUINT64_CONSTANT(1) << i;
        *index = i;
        return &opts[i];
    }
    if (!g_str_equal(st->def->name, "help"))
        vshError(ctl, _("command '%s' doesn't support option --%s"), st->def->name, name);
    return NULL;
}


/*
 * One "--name[=value]" word (@word without the dashes). Returns 1 when
 * handled, 0 when ignored (help ignores unknown options), -1 on error;
 * *@tk is set when the value was read as the next word.
 */
static int
vshParseOption(vshControl *ctl, vshParser *parser, vshParseState *st, char *word, vshToken *tk)
{
    g_autofree char *value = NULL;
    char *eq = strchr(word, '=');
    const vshCmdOptDef *opt;
    size_t index = 0;

    if (eq) {
        *eq = '\0';
        value = g_strdup(eq + 1);
    }
    if (!(opt = vshParseFindOption(ctl, st, word, &value, &index)))
        return g_str_equal(st->def->name, "help") ? 0 : -1;

    if (opt->type == VSH_OT_BOOL) {
        if (value) {
            vshError(ctl, _("invalid '=' after option --%s"), opt->name);
            return -1;
        }
        vshParseStateAdd(st, opt, NULL);
        return 1;
    }
    if (!value) {
        *tk = vshParserNext(ctl, parser, &value);
        if (*tk == VSH_TK_ERROR)
            return -1;
        if (*tk != VSH_TK_ARG) {
            vshError(ctl, _("expected syntax: --%s <%s>"), opt->name,
                     opt->type == VSH_OT_INT ? _("number") : _("string"));
            return -1;
        }
    }
    if (opt->type != VSH_OT_ARGV)
        st->needArg &= ~(G_GUINT64_CONSTANT(1) << index);
    vshParseStateAdd(st, opt, g_steal_pointer(&value));
    return 1;
}


/* A positional value: it goes to the first option still waiting for one. */
static int
vshParseData(vshControl *ctl, vshParseState *st, char *word)
{
    const vshCmdOptDef *opt;
    size_t i;

    if (!st->needArg) {
        if (g_str_equal(st->def->name, "help")) {
            g_free(word);
            return 0;
        }
        vshError(ctl, _("unexpected data '%s'"), word);
        g_free(word);
        return -1;
    }
    for (i = 0; !(st->needArg & (G_GUINT64_CONSTANT(1) << i)); i++)
        ;
    opt = &st->def->opts[i];
    if (opt->type != VSH_OT_ARGV)
        st->needArg &= ~(G_GUINT64_CONSTANT(1) << i);
    st->seen |= G_GUINT64_CONSTANT(1) << i;
    vshParseStateAdd(st, opt, word);
    return 1;
}


/* The command is complete: turn --help into `help CMD`, check required options. */
static vshCmd *
vshParseFinish(vshControl *ctl, vshParseState *st)
{
    g_autoptr(vshCmd) cmd = g_new0(vshCmd, 1);
    const vshCmdOpt *opt;
    guint64 missing;
    size_t i;

    cmd->def = st->def;
    cmd->opts = g_steal_pointer(&st->first);
    st->last = NULL;

    for (opt = cmd->opts; opt; opt = opt->next) {
        const vshCmdDef *help;

        if (!g_str_equal(opt->def->name, "help"))
            continue;
        help = vshCmddefSearch(ctl, "help");
        if (!help)
            break;
        vshCommandOptFree(cmd->opts);
        cmd->opts = g_new0(vshCmdOpt, 1);
        cmd->opts->def = help->opts;
        cmd->opts->data = g_strdup(st->def->name);
        cmd->def = help;
        return g_steal_pointer(&cmd);
    }

    missing = st->required & ~st->seen;
    for (i = 0; missing && st->def->opts[i].name; i++) {
        const vshCmdOptDef *def = &st->def->opts[i];

        if (!(missing & (G_GUINT64_CONSTANT(1) << i)))
            continue;
        if (def->type == VSH_OT_DATA || def->type == VSH_OT_ARGV)
            vshError(ctl, _("command '%s' requires <%s> option"), st->def->name, def->name);
        else
            vshError(ctl, _("command '%s' requires --%s option"), st->def->name, def->name);
    }
    if (missing)
        return NULL;
    return g_steal_pointer(&cmd);
}


/* The first word: a command name (aliases resolved) or a comment. */
static int
vshParseCommandName(vshControl *ctl, vshParser *parser, vshParseState *st, char *word, vshToken *tk)
{
    const vshCmdDef *def;

    if (*word == '#') {
        g_autofree char *skip = NULL;

        do {
            g_clear_pointer(&skip, g_free);
            *tk = vshParserNext(ctl, parser, &skip);
        } while (*tk == VSH_TK_ARG);
        return *tk == VSH_TK_ERROR ? -1 : 0;
    }
    if (!(def = vshCmddefSearch(ctl, word))) {
        vshError(ctl, _("unknown command: '%s'"), word);
        return -1;
    }
    if ((def->flags & VSH_CMD_FLAG_ALIAS) && !(def = vshCmddefSearch(ctl, def->alias))) {
        vshError(ctl, _("unknown command: '%s'"), word);
        return -1;
    }
    vshParseStateStart(st, def);
    return 1;
}


/*
 * Parse the words of one command. Returns 1 with *@cmd set (NULL for an
 * empty command or a comment) and *@tk the token that ended it, or -1.
 */
static int
vshParseOne(vshControl *ctl, vshParser *parser, vshCmd **cmd, vshToken *tk)
{
    vshParseState st = { 0 };
    int rc = 0;

    *cmd = NULL;
    while (rc >= 0) {
        g_autofree char *word = NULL;

        *tk = vshParserNext(ctl, parser, &word);
        if (*tk == VSH_TK_ERROR) {
            rc = -1;
            break;
        }
        if (*tk != VSH_TK_ARG)
            break;

        if (!st.def) {
            rc = vshParseCommandName(ctl, parser, &st, word, tk);
            if (rc == 0)
                return 1;
        } else if (!st.dataOnly && word[0] == '-' && word[1] == '-' && g_ascii_isalnum(word[2])) {
            rc = vshParseOption(ctl, parser, &st, word + 2, tk);
        } else if (!st.dataOnly && g_str_equal(word, "--")) {
            st.dataOnly = true;
        } else {
            rc = vshParseData(ctl, &st, g_steal_pointer(&word));
        }
    }
    if (rc >= 0 && st.def && !(*cmd = vshParseFinish(ctl, &st)))
        rc = -1;
    vshCommandOptFree(st.first);
    return rc < 0 ? -1 : 1;
}


static bool
vshParse(vshControl *ctl, vshParser *parser)
{
    g_autoptr(vshCmd) head = NULL;
    vshCmd *tail = NULL;
    vshToken tk = VSH_TK_ARG;

    g_clear_pointer(&ctl->cmd, vshCommandFree);
    while (tk != VSH_TK_END) {
        vshCmd *cmd = NULL;

        if (vshParseOne(ctl, parser, &cmd, &tk) < 0)
            return false;
        if (!cmd)
            continue;
        if (tail)
            tail->next = cmd;
        else
            head = cmd;
        tail = cmd;
    }
    ctl->cmd = g_steal_pointer(&head);
    return true;
}


bool
vshCommandStringParse(vshControl *ctl, const char *cmdstr)
{
    vshParser parser = { 0 };

    if (!cmdstr || !*cmdstr)
        return false;
    parser.pos = cmdstr;
    return vshParse(ctl, &parser);
}


bool
vshCommandArgvParse(vshControl *ctl, int nargs, char *const *argv)
{
    vshParser parser = { 0 };

    if (nargs <= 0)
        return false;
    parser.argv = argv;
    parser.argc = nargs;
    return vshParse(ctl, &parser);
}
