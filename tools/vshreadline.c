/*
 * vshreadline.c: interactive input with libedit, history and completion
 * of command and option names
 *
 * When stdin is not a terminal (a script piped in), lines are read
 * without editing and echoed after the prompt, which is what virsh (with
 * GNU readline) shows in that case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "internal.h"
#include "vsh.h"

#define VSH_HISTSIZE_MAX 500000
#define VSH_HISTSIZE_DEFAULT 500

/* readline's completion callbacks take no context pointer. */
static vshControl *vshCompletionCtl;


static bool
vshReadlineIsTty(void)
{
    return isatty(STDIN_FILENO) == 1;
}


/* Generator for the first word: command names starting with @text. */
static char *
vshCompleteCommand(const char *text, int state)
{
    static const vshCmdGrp *grp;
    static size_t idx;
    size_t len = strlen(text);

    if (!state) {
        grp = vshCompletionCtl->groups;
        idx = 0;
    }
    for (; grp && grp->name; grp++, idx = 0) {
        while (grp->commands[idx]) {
            const vshCmdDef *def = grp->commands[idx++];

            if (!(def->flags & VSH_CMD_FLAG_ALIAS) && strncmp(def->name, text, len) == 0)
                return g_strdup(def->name);
        }
    }
    return NULL;
}


/* Generator for later words: "--option" names of the command on the line. */
static char *
vshCompleteOption(const char *text, int state)
{
    static const vshCmdOptDef *opt;
    g_autofree char *name = NULL;
    const char *line = rl_line_buffer;
    const vshCmdDef *def;
    size_t len = strlen(text);

    if (!state) {
        while (*line == ' ')
            line++;
        name = g_strndup(line, strcspn(line, " "));
        def = vshCmddefSearch(vshCompletionCtl, name);
        opt = def ? def->opts : NULL;
    }
    for (; opt && opt->name; opt++) {
        g_autofree char *word = g_strdup_printf("--%s", opt->name);

        if (opt->type != VSH_OT_ALIAS && strncmp(word, text, len) == 0) {
            opt++;
            return g_strdup(word);
        }
    }
    return NULL;
}


static char **
vshReadlineCompletion(const char *text, int start, int end G_GNUC_UNUSED)
{
    int i = 0;

    rl_attempted_completion_over = 1;
    while (i < start && rl_line_buffer[i] == ' ')
        i++;
    if (i == start)
        return rl_completion_matches(text, vshCompleteCommand);
    if (g_str_has_prefix(text, "--") || !*text)
        return rl_completion_matches(text, vshCompleteOption);
    return NULL;
}


void
vshReadlineInit(vshControl *ctl)
{
    g_autofree char *var = g_strdup_printf("%s_HISTSIZE", ctl->envPrefix);
    const char *env = g_getenv(var);
    long size = VSH_HISTSIZE_DEFAULT;
    char *end = NULL;

    if (env) {
        size = strtol(env, &end, 10);
        if (end == env || *end) {
            vshError(ctl, _("Bad $%s value."), var);
            return;
        }
        if (size < 0 || size > VSH_HISTSIZE_MAX) {
            vshError(ctl, _("$%s value should be between 0 and %d"), var, VSH_HISTSIZE_MAX);
            return;
        }
    }
    ctl->historydir = g_build_filename(g_get_user_cache_dir(), ctl->progname, NULL);
    ctl->historyfile = g_build_filename(ctl->historydir, "history", NULL);
    if (!vshReadlineIsTty())
        return;

    vshCompletionCtl = ctl;
    rl_readline_name = (char *)ctl->progname;
    rl_attempted_completion_function = vshReadlineCompletion;
    using_history();
    stifle_history(size);
    (void)read_history(ctl->historyfile);
}


/* Read a line from a non-terminal stdin, echoing it after the prompt. */
static char *
vshReadlinePlain(vshControl *ctl, const char *prompt)
{
    g_autoptr(GString) line = g_string_new(NULL);
    int c;

    vshPrint(ctl, "%s", prompt);
    fflush(stdout);
    while ((c = getchar()) != EOF && c != '\n')
        g_string_append_c(line, c);
    if (c == EOF && line->len == 0)
        return NULL;
    vshPrint(ctl, "%s\n", line->str);
    return g_string_free(g_steal_pointer(&line), FALSE);
}


char *
vshReadline(vshControl *ctl, const char *prompt)
{
    char *raw;
    char *line;

    if (!vshReadlineIsTty())
        return vshReadlinePlain(ctl, prompt);
    fflush(stdout);
    if (!(raw = readline(prompt)))
        return NULL;
    /* readline allocates with malloc, which is what GLib uses too. */
    line = g_strdup(raw);
    g_free(raw);
    return line;
}


void
vshReadlineAddHistory(vshControl *ctl G_GNUC_UNUSED, const char *line)
{
    if (vshReadlineIsTty())
        add_history(line);
}


void
vshReadlineDeinit(vshControl *ctl)
{
    if (!ctl->historyfile || !vshReadlineIsTty())
        return;
    if (g_mkdir_with_parents(ctl->historydir, 0755) < 0 && errno != EEXIST) {
        vshError(ctl, _("Failed to create '%s': %s"), ctl->historydir, g_strerror(errno));
        return;
    }
    (void)write_history(ctl->historyfile);
}
