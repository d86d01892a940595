/*
 * vsh.h: the generic shell engine behind modvirt
 *
 * Commands are described by tables (vshCmdDef with vshCmdOptDef options),
 * grouped into vshCmdGrp. The engine tokenizes and parses command lines
 * the way virsh does (one string with ';'-separated commands, or an argv
 * vector), checks options against the tables, runs the handlers, prints
 * help and tables, and reads lines interactively. It never calls the
 * libvirt API: a client plugs its connection logic in through
 * vshClientHooks.
 *
 * Everything printed (help, errors, tables) matches virsh 9.0 byte for
 * byte; the message texts are virsh's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>

typedef struct _vshControl vshControl;
typedef struct _vshCmd vshCmd;
typedef struct _vshCmdOpt vshCmdOpt;
typedef struct _vshCmdDef vshCmdDef;
typedef struct _vshCmdOptDef vshCmdOptDef;
typedef struct _vshCmdInfo vshCmdInfo;
typedef struct _vshCmdGrp vshCmdGrp;
typedef struct _vshClientHooks vshClientHooks;

/* What kind of value an option takes. */
typedef enum {
    VSH_OT_BOOL,   /* a flag: --name */
    VSH_OT_STRING, /* --name VALUE, or positional unless VSH_OFLAG_REQ_OPT */
    VSH_OT_INT,    /* like STRING, parsed as a number by the accessors */
    VSH_OT_DATA,   /* a positional value, also accepted as --name VALUE */
    VSH_OT_ARGV,   /* every remaining value; must be the last option */
    VSH_OT_ALIAS,  /* another spelling: @help names a later option,
                    * optionally with "=VALUE" to imply that value */
} vshCmdOptType;

/* Option flags. */
enum {
    VSH_OFLAG_NONE = 0,
    VSH_OFLAG_REQ = 1 << 0,      /* the option must be given */
    VSH_OFLAG_EMPTY_OK = 1 << 1, /* an empty value is accepted */
    VSH_OFLAG_REQ_OPT = 1 << 2,  /* only as --name VALUE, never positional */
};

/* Command flags. */
enum {
    VSH_CMD_FLAG_NOCONNECT = 1 << 0, /* runs without a connection */
    VSH_CMD_FLAG_ALIAS = 1 << 1,     /* another name of the command @alias */
};

/* Debug levels of vshDebug() and ctl->debug (-d). */
typedef enum {
    VSH_ERR_DEBUG = 0,
    VSH_ERR_INFO,
    VSH_ERR_NOTICE,
    VSH_ERR_WARNING,
    VSH_ERR_ERROR,
} vshErrorLevel;

/* One option of a command. */
struct _vshCmdOptDef {
    const char *name; /* without the leading "--"; NULL ends a table */
    vshCmdOptType type;
    unsigned int flags; /* VSH_OFLAG_* */
    const char *help;   /* help text, or the target of an alias */
};

/* The texts of `help COMMAND`. */
struct _vshCmdInfo {
    const char *help; /* one line, shown in listings and NAME */
    const char *desc; /* DESCRIPTION; "" leaves the section out */
};

/* One command. The handler returns true on success; on failure it has
 * printed or saved (vshSaveError) its error. */
struct _vshCmdDef {
    const char *name;
    bool (*handler)(vshControl *ctl, const vshCmd *cmd);
    const vshCmdOptDef *opts; /* NULL, or ends with {.name = NULL} */
    const vshCmdInfo *info;
    unsigned int flags; /* VSH_CMD_FLAG_* */
    const char *alias;  /* the real command of a VSH_CMD_FLAG_ALIAS entry */
};

/* A group of commands, as listed by `help` and selected by `help KEYWORD`. */
struct _vshCmdGrp {
    const char *name; /* NULL ends the group table */
    const char *keyword;
    const vshCmdDef *const *commands; /* NULL-terminated, in listing order */
};

/* One parsed option: @data is NULL for a VSH_OT_BOOL. */
struct _vshCmdOpt {
    const vshCmdOptDef *def;
    char *data;
    vshCmdOpt *next;
};

/* One parsed command of a command line; @next is the following one. */
struct _vshCmd {
    const vshCmdDef *def;
    vshCmdOpt *opts;
    vshCmd *next;
};

/* What a client adds to the engine. Every member may be NULL. */
struct _vshClientHooks {
    /* Make sure a connection is usable before a command that needs one
     * runs; print the errors and return false if not. */
    bool (*connHandler)(vshControl *ctl);
    /* Called after a failed command with no saved error, to fetch one
     * from the library (vshSaveError). */
    void (*fetchError)(vshControl *ctl);
    /* Called after each command with its result. */
    void (*afterCommand)(vshControl *ctl, bool ok);
};

/* The state of one shell. Fill the first block, then call vshInit(). */
struct _vshControl {
    const char *progname;    /* "modvirt": banner, history directory */
    const char *envPrefix;   /* "MODVIRT": <prefix>_DEBUG, _HISTSIZE, _LOG_FILE */
    const vshCmdGrp *groups; /* every command, by group */
    const vshClientHooks *hooks;
    void *privData; /* the client's own state */

    char *connname;        /* URI to connect to (-c), or NULL */
    vshCmd *cmd;           /* the parsed command line */
    bool imode;            /* interactive mode; `quit` clears it */
    bool quiet;            /* -q: no extra output */
    bool timing;           /* -t: print the time of each command */
    int debug;             /* -d: vshErrorLevel threshold */
    int keepaliveInterval; /* -k, or -1 */
    int keepaliveCount;    /* -K, or -1 */
    char *logfile;         /* -l, or NULL */
    int logfd;             /* open log file, or -1 */
    char *lastError;       /* error to print when the command fails */
    char *historydir;      /* interactive history directory, or NULL */
    char *historyfile;
    FILE *out; /* stdout, unless a test redirects it */
    FILE *err; /* stderr, likewise */
};

/* The `help` option every command accepts. */
extern const vshCmdOptDef vshHelpOpt;

/*
 * vshInit:
 * Set defaults (output streams, debug level from <prefix>_DEBUG, log
 * file from <prefix>_LOG_FILE) in a zeroed @ctl whose first block is
 * filled. Returns true.
 */
bool vshInit(vshControl *ctl);

/* Release everything @ctl holds (not @ctl itself, nor privData). */
void vshDeinit(vshControl *ctl);

/* Print to the output stream, like printf. */
void vshPrint(vshControl *ctl, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Like vshPrint, except in quiet mode. */
void vshPrintExtra(vshControl *ctl, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Print "error: MESSAGE\n" to the error stream (flushing stdout first). */
void vshError(vshControl *ctl, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Print to the error stream as is (flushing stdout first), e.g. progress. */
void vshPrintStderr(vshControl *ctl, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Print a debug message when @level is at least ctl->debug. */
void vshDebug(vshControl *ctl, int level, const char *format, ...) G_GNUC_PRINTF(3, 4);

/*
 * vshSaveError:
 * Remember a library-style error (the one virsh prints last when a
 * command fails), replacing any earlier one.
 */
void vshSaveError(vshControl *ctl, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Forget the saved error. */
void vshResetError(vshControl *ctl);

/* Print the saved error (fetching one through the hooks if none) and forget it. */
void vshReportError(vshControl *ctl);

/*
 * vshCommandStringParse:
 * Parse @cmdstr (commands separated by ';' or newlines, virsh's quoting)
 * into ctl->cmd. Nothing is kept if any command is wrong. Returns false
 * with the error printed, or false silently for an empty string.
 */
bool vshCommandStringParse(vshControl *ctl, const char *cmdstr);

/* Parse one command given as @nargs words into ctl->cmd. Returns false with the error printed. */
bool vshCommandArgvParse(vshControl *ctl, int nargs, char *const *argv);

/*
 * vshCommandRun:
 * Run @cmd and the commands after it, printing the saved error after a
 * failure, and an empty line (or the timing) after each command.
 * Returns the result of the last command run.
 */
bool vshCommandRun(vshControl *ctl, const vshCmd *cmd);

/* Free a parsed command list; NULL is fine. */
void vshCommandFree(vshCmd *cmd);

/* The command called @name in ctl->groups (aliases included), or NULL. */
const vshCmdDef *vshCmddefSearch(vshControl *ctl, const char *name);

/* The group called @name or with keyword @name, or NULL. */
const vshCmdGrp *vshCmdGrpSearch(vshControl *ctl, const char *name);

/* Print `help COMMAND` for @def. Returns true. */
bool vshCmddefHelp(vshControl *ctl, const vshCmdDef *def);

/* Print `help GROUP` for @grp. Returns true. */
bool vshCmdGrpHelp(vshControl *ctl, const vshCmdGrp *grp);

/* Print the commands of every group as in `help` (with @colon) or in the usage text. */
void vshPrintGroups(vshControl *ctl, bool colon);

/*
 * Option accessors. Unless said otherwise they return 1 and store the
 * value when the option was given, 0 when it was not (the value is left
 * alone), and -1 with an error printed when the value is malformed.
 */

/* Whether the boolean (or any) option @name was given. */
bool vshCommandOptBool(const vshCmd *cmd, const char *name);

/*
 * The value of a string option: 0 (with *@value set, NULL when absent) or
 * -1 with "Failed to get option" printed for an empty value.
 */
int
vshCommandOptStringReq(vshControl *ctl, const vshCmd *cmd, const char *name, const char **value);

/* Like vshCommandOptStringReq, but returns 1 when present and prints nothing. */
int
vshCommandOptStringQuiet(vshControl *ctl, const vshCmd *cmd, const char *name, const char **value);

int vshCommandOptInt(vshControl *ctl, const vshCmd *cmd, const char *name, int *value);
int vshCommandOptUInt(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned int *value);
/* Like vshCommandOptUInt, but "-1" and other negatives wrap around. */
int
vshCommandOptUIntWrap(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned int *value);
int vshCommandOptUL(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned long *value);
int vshCommandOptULWrap(vshControl *ctl, const vshCmd *cmd, const char *name, unsigned long *value);
int vshCommandOptLongLong(vshControl *ctl, const vshCmd *cmd, const char *name, long long *value);
int vshCommandOptULongLong(vshControl *ctl,
                           const vshCmd *cmd,
                           const char *name,
                           unsigned long long *value);
int vshCommandOptULongLongWrap(vshControl *ctl,
                               const vshCmd *cmd,
                               const char *name,
                               unsigned long long *value);

/*
 * vshCommandOptScaledInt:
 * A size with an optional unit suffix (k, KiB, MB, ...): a bare number is
 * multiplied by @scale; the result must not exceed @max. On a bad suffix
 * or overflow, the library-style reason is saved (vshSaveError).
 */
int vshCommandOptScaledInt(vshControl *ctl,
                           const vshCmd *cmd,
                           const char *name,
                           unsigned long long *value,
                           int scale,
                           unsigned long long max);

/*
 * vshParseScaledInt:
 * Parse @str as vshCommandOptScaledInt does, without printing anything:
 * returns 0, or -1 (with the library-style reason saved when the number
 * was fine but its suffix or size was not).
 */
int vshParseScaledInt(vshControl *ctl,
                      const char *str,
                      unsigned long long *value,
                      unsigned long long scale,
                      unsigned long long max);

/* The --timeout option in seconds, converted to milliseconds (must be 1..INT_MAX/1000). */
int vshCommandOptTimeoutToMs(vshControl *ctl, const vshCmd *cmd, int *timeout);

/* The next value of the VSH_OT_ARGV option after @prev (NULL: the first), or NULL. */
const vshCmdOpt *vshCommandOptArgv(const vshCmd *cmd, const vshCmdOpt *prev);

/*
 * vshExclusiveOptions:
 * Print "Options --A and --B are mutually exclusive" and return -1 when
 * both @a and @b were given; return 0 otherwise.
 */
int vshExclusiveOptions(vshControl *ctl, const vshCmd *cmd, const char *a, const char *b);

/* Like vshExclusiveOptions, for two already evaluated conditions. */
int vshExclusiveFlags(vshControl *ctl, bool hasA, const char *a, bool hasB, const char *b);

/*
 * vshRequireOption:
 * Print "Option --NEEDED is required by option --BY" and return -1 when
 * @by was given without @needed; return 0 otherwise.
 */
int vshRequireOption(vshControl *ctl, const vshCmd *cmd, const char *by, const char *needed);

/* Like vshRequireOption, for already evaluated conditions. */
int vshRequireFlag(vshControl *ctl, bool hasBy, const char *by, bool hasNeeded, const char *needed);

/*
 * vshStringToArray:
 * Split @str at ',' (",," stands for a literal comma). Returns a new
 * NULL-terminated vector (g_strfreev).
 */
char **vshStringToArray(const char *str);

/* Scale @val bytes to B, KiB, ... EiB for display; *@unit is static. */
double vshPrettyCapacity(unsigned long long val, const char **unit);

/* Escape @str for XML text (virsh's echo --xml); returns a new string. */
char *vshEscapeXML(const char *str);

/* Quote @str for a POSIX shell when needed (virsh's echo --shell); returns a new string. */
char *vshEscapeShell(const char *str);

/*
 * Interactive input (libedit). vshReadlineInit loads the history from
 * $XDG_CACHE_HOME/PROGNAME/history; vshReadline returns the next line
 * (caller frees) or NULL at end of input; vshReadlineDeinit saves the
 * history. Without a terminal, lines are read from stdin without editing.
 */
void vshReadlineInit(vshControl *ctl);
char *vshReadline(vshControl *ctl, const char *prompt);
void vshReadlineAddHistory(vshControl *ctl, const char *line);
void vshReadlineDeinit(vshControl *ctl);

/* Built-in commands any client can list: help, cd, pwd, echo, quit, exit. */
extern const vshCmdDef vshCmdDefHelp;
extern const vshCmdDef vshCmdDefCd;
extern const vshCmdDef vshCmdDefPwd;
extern const vshCmdDef vshCmdDefEcho;
extern const vshCmdDef vshCmdDefQuit;
extern const vshCmdDef vshCmdDefExit;

G_DEFINE_AUTOPTR_CLEANUP_FUNC(vshCmd, vshCommandFree);
