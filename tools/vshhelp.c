/*
 * vshhelp.c: help texts and the built-in commands (help, cd, pwd, echo,
 * quit, exit)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <unistd.h>

#include "internal.h"
#include "vsh.h"


/* Whether some option before the ARGV one can be given positionally. */
static bool
vshCmddefHasPositional(const vshCmdDef *def)
{
    const vshCmdOptDef *opt;

    for (opt = def->opts; opt && opt->name; opt++) {
        if ((opt->type == VSH_OT_INT || opt->type == VSH_OT_STRING || opt->type == VSH_OT_DATA) &&
            !(opt->flags & VSH_OFLAG_REQ_OPT))
            return true;
    }
    return false;
}


/* The SYNOPSIS word of @opt, or NULL for aliases. */
static char *
vshSynopsisWord(const vshCmdOptDef *opt, bool positional)
{
    bool req = opt->flags & VSH_OFLAG_REQ;

    switch (opt->type) {
    case VSH_OT_BOOL:
        return g_strdup_printf("[--%s]", opt->name);
    case VSH_OT_INT:
        return req ? g_strdup_printf("<%s>", opt->name)
                   : g_strdup_printf(_("[--%s <number>]"), opt->name);
    case VSH_OT_STRING:
        return g_strdup_printf(_("[--%s <string>]"), opt->name);
    case VSH_OT_DATA:
        return req ? g_strdup_printf("<%s>", opt->name) : g_strdup_printf("[<%s>]", opt->name);
    case VSH_OT_ARGV:
        if (positional)
            return req ? g_strdup_printf(_("{[--%s] <string>}..."), opt->name)
                       : g_strdup_printf(_("[[--%s] <string>]..."), opt->name);
        return req ? g_strdup_printf(_("<%s>..."), opt->name)
                   : g_strdup_printf(_("[<%s>]..."), opt->name);
    case VSH_OT_ALIAS:
        break;
    }
    return NULL;
}


/* The left column of the OPTIONS section for @opt, or NULL for aliases. */
static char *
vshOptionsWord(const vshCmdOptDef *opt, bool positional)
{
    switch (opt->type) {
    case VSH_OT_BOOL:
        return g_strdup_printf("--%s", opt->name);
    case VSH_OT_INT:
        return g_strdup_printf(
            (opt->flags & VSH_OFLAG_REQ) ? _("[--%s] <number>") : _("--%s <number>"), opt->name);
    case VSH_OT_STRING:
        return g_strdup_printf(_("--%s <string>"), opt->name);
    case VSH_OT_DATA:
        return g_strdup_printf(_("[--%s] <string>"), opt->name);
    case VSH_OT_ARGV:
        return g_strdup_printf(positional ? _("[--%s] <string>") : _("<%s>"), opt->name);
    case VSH_OT_ALIAS:
        break;
    }
    return NULL;
}


bool
vshCmddefHelp(vshControl *ctl, const vshCmdDef *def)
{
    bool positional = vshCmddefHasPositional(def);
    const vshCmdOptDef *opt;

    vshPrint(ctl, "%s", _("  NAME\n"));
    vshPrint(ctl, "    %s - %s\n", def->name, _(def->info->help));

    vshPrint(ctl, "%s", _("\n  SYNOPSIS\n"));
    vshPrint(ctl, "    %s", def->name);
    for (opt = def->opts; opt && opt->name; opt++) {
        g_autofree char *word = vshSynopsisWord(opt, positional);

        if (word)
            vshPrint(ctl, " %s", word);
    }
    vshPrint(ctl, "\n");

    if (def->info->desc && *def->info->desc) {
        vshPrint(ctl, "%s", _("\n  DESCRIPTION\n"));
        vshPrint(ctl, "    %s\n", _(def->info->desc));
    }

    if (def->opts && def->opts->name) {
        vshPrint(ctl, "%s", _("\n  OPTIONS\n"));
        for (opt = def->opts; opt->name; opt++) {
            g_autofree char *word = vshOptionsWord(opt, positional);

            if (word)
                vshPrint(ctl, "    %-15s  %s\n", word, _(opt->help));
        }
    }
    vshPrint(ctl, "\n");
    return true;
}


static void
vshPrintGroup(vshControl *ctl, const vshCmdGrp *grp, bool colon)
{
    size_t i;

    vshPrint(ctl, colon ? _(" %s (help keyword '%s'):\n") : _(" %s (help keyword '%s')\n"),
             grp->name, grp->keyword);
    for (i = 0; grp->commands[i]; i++) {
        const vshCmdDef *def = grp->commands[i];

        if (def->flags & VSH_CMD_FLAG_ALIAS)
            continue;
        vshPrint(ctl, "    %-30s %s\n", def->name, _(def->info->help));
    }
}


bool
vshCmdGrpHelp(vshControl *ctl, const vshCmdGrp *grp)
{
    vshPrintGroup(ctl, grp, true);
    return true;
}


void
vshPrintGroups(vshControl *ctl, bool colon)
{
    const vshCmdGrp *grp;

    for (grp = ctl->groups; grp && grp->name; grp++) {
        vshPrintGroup(ctl, grp, colon);
        vshPrint(ctl, "\n");
    }
}


static bool
vshCmdHelp(vshControl *ctl, const vshCmd *cmd)
{
    const char *name = NULL;
    const vshCmdDef *def;
    const vshCmdGrp *grp;

    if (vshCommandOptStringQuiet(ctl, cmd, "command", &name) <= 0) {
        vshPrint(ctl, "%s", _("Grouped commands:\n\n"));
        vshPrintGroups(ctl, true);
        return true;
    }
    if ((def = vshCmddefSearch(ctl, name))) {
        if ((def->flags & VSH_CMD_FLAG_ALIAS) && !(def = vshCmddefSearch(ctl, def->alias))) {
            vshError(ctl, _("command or command group '%s' doesn't exist"), name);
            return false;
        }
        return vshCmddefHelp(ctl, def);
    }
    if ((grp = vshCmdGrpSearch(ctl, name)))
        return vshCmdGrpHelp(ctl, grp);
    vshError(ctl, _("command or command group '%s' doesn't exist"), name);
    return false;
}


static const vshCmdInfo infoHelp = {
    .help = N_("print help"),
    .desc = N_(
        "Prints global help, command specific help, or help for a\n    group of related commands"),
};

static const vshCmdOptDef optsHelp[] = {
    { .name = "command",
      .type = VSH_OT_STRING,
      .help = N_(
          "Prints global help, command specific help, or help for a group of related commands") },
    { .name = NULL }
};

const vshCmdDef vshCmdDefHelp = {
    .name = "help",
    .handler = vshCmdHelp,
    .opts = optsHelp,
    .info = &infoHelp,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};


static bool
vshCmdCd(vshControl *ctl, const vshCmd *cmd)
{
    const char *dir = NULL;

    if (!ctl->imode) {
        vshError(ctl, "%s", _("cd: command valid only in interactive mode"));
        return false;
    }
    if (vshCommandOptStringReq(ctl, cmd, "dir", &dir) < 0)
        return false;
    if (!dir)
        dir = g_get_home_dir();
    if (chdir(dir) < 0) {
        vshError(ctl, _("cd: %s: %s"), g_strerror(errno), dir);
        return false;
    }
    return true;
}


static const vshCmdInfo infoCd = {
    .help = N_("change the current directory"),
    .desc = N_("Change the current directory."),
};

static const vshCmdOptDef optsCd[] = {
    { .name = "dir",
      .type = VSH_OT_STRING,
      .help = N_("directory to switch to (default: home or else root)") },
    { .name = NULL }
};

const vshCmdDef vshCmdDefCd = {
    .name = "cd",
    .handler = vshCmdCd,
    .opts = optsCd,
    .info = &infoCd,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};


static bool
vshCmdPwd(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *cwd = g_get_current_dir();

    vshPrint(ctl, _("%s\n"), cwd);
    return true;
}


static const vshCmdInfo infoPwd = {
    .help = N_("print the current directory"),
    .desc = N_("Print the current directory."),
};

const vshCmdDef vshCmdDefPwd = {
    .name = "pwd",
    .handler = vshCmdPwd,
    .info = &infoPwd,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};


/* Add one echo argument to @buf in the requested form. */
static void
vshEchoOne(GString *buf, const char *arg, bool xml, bool shell, bool split)
{
    g_autofree char *tmp = NULL;
    g_auto(GStrv) parts = NULL;
    size_t i;

    if (xml) {
        tmp = vshEscapeXML(arg);
        g_string_append(buf, tmp);
    } else if (shell) {
        tmp = vshEscapeShell(arg);
        g_string_append(buf, tmp);
    } else if (split) {
        parts = vshStringToArray(arg);
        for (i = 0; parts[i]; i++)
            g_string_append_printf(buf, "%s\n", parts[i]);
    } else {
        g_string_append(buf, arg);
    }
    g_string_append_c(buf, ' ');
}


static bool
vshCmdEcho(vshControl *ctl, const vshCmd *cmd)
{
    bool shell = vshCommandOptBool(cmd, "shell");
    bool xml = vshCommandOptBool(cmd, "xml");
    bool split = vshCommandOptBool(cmd, "split");
    g_autoptr(GString) buf = g_string_new(NULL);
    const vshCmdOpt *opt = NULL;

    if (vshExclusiveFlags(ctl, shell, "shell", xml, "xml") < 0 ||
        vshExclusiveFlags(ctl, shell, "shell", split, "split") < 0 ||
        vshExclusiveFlags(ctl, xml, "xml", split, "split") < 0)
        return false;

    if (!vshCommandOptArgv(cmd, NULL))
        return true;
    while ((opt = vshCommandOptArgv(cmd, opt)))
        vshEchoOne(buf, opt->data, xml, shell, split);
    if (buf->len && buf->str[buf->len - 1] == ' ')
        g_string_truncate(buf, buf->len - 1);

    if (vshCommandOptBool(cmd, "err"))
        vshError(ctl, "%s", buf->str);
    else
        vshPrint(ctl, "%s", buf->str);
    return true;
}


static const vshCmdInfo infoEcho = {
    .help = N_("echo arguments. Used for internal testing."),
    .desc = N_("Echo back arguments, possibly with quoting. Used for internal testing."),
};

static const vshCmdOptDef optsEcho[] = {
    { .name = "shell", .type = VSH_OT_BOOL, .help = N_("escape for shell use") },
    { .name = "xml", .type = VSH_OT_BOOL, .help = N_("escape for XML use") },
    { .name = "split",
      .type = VSH_OT_BOOL,
      .help = N_("split each argument on ','; ',,' is an escape sequence") },
    { .name = "err", .type = VSH_OT_BOOL, .help = N_("output to stderr") },
    { .name = "str", .type = VSH_OT_ALIAS, .help = "string" },
    { .name = "hi", .type = VSH_OT_ALIAS, .help = "string=hello" },
    { .name = "string", .type = VSH_OT_ARGV, .help = N_("arguments to echo") },
    { .name = NULL }
};

const vshCmdDef vshCmdDefEcho = {
    .name = "echo",
    .handler = vshCmdEcho,
    .opts = optsEcho,
    .info = &infoEcho,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};


static bool
vshCmdQuit(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    ctl->imode = false;
    return true;
}


static const vshCmdInfo infoQuit = {
    .help = N_("quit this interactive terminal"),
    .desc = "",
};

const vshCmdDef vshCmdDefQuit = {
    .name = "quit",
    .handler = vshCmdQuit,
    .info = &infoQuit,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};

const vshCmdDef vshCmdDefExit = {
    .name = "exit",
    .handler = vshCmdQuit,
    .info = &infoQuit,
    .flags = VSH_CMD_FLAG_NOCONNECT,
};
