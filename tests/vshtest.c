/*
 * vshtest.c: tests of the shell engine (tools/vsh*.c): tokenizing,
 * option parsing and its errors, option accessors, help texts, tables,
 * running command sequences
 *
 * The expected texts are what virsh 9.0 prints for the same input.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "vsh.h"
#include "vshtable.h"

/* The command tables the tests parse against. */

static bool
testHandlerOk(vshControl *ctl G_GNUC_UNUSED, const vshCmd *cmd G_GNUC_UNUSED)
{
    return true;
}


static bool
testHandlerFail(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    vshSaveError(ctl, "%s", "Domain not found: no domain with matching name 'x'");
    return false;
}


/* Prints its options, to check what the handler sees. */
static bool
testHandlerShow(vshControl *ctl, const vshCmd *cmd)
{
    const vshCmdOpt *opt;

    for (opt = cmd->opts; opt; opt = opt->next)
        vshPrint(ctl, "[%s=%s]", opt->def->name, NULLSTR(opt->data));
    return true;
}


static const vshCmdInfo infoInfo = {
    .help = N_("domain information"),
    .desc = N_("Returns basic information about the domain."),
};

static const vshCmdOptDef optsInfo[] = { { .name = "domain",
                                           .type = VSH_OT_DATA,
                                           .flags = VSH_OFLAG_REQ,
                                           .help = N_("domain name, id or uuid") },
                                         { .name = NULL } };

static const vshCmdDef cmdInfo = {
    .name = "dominfo",
    .handler = testHandlerShow,
    .opts = optsInfo,
    .info = &infoInfo,
};

/* Shaped like virsh's setmem: alias, required int, flags. */
static const vshCmdInfo infoMem = {
    .help = N_("change memory allocation"),
    .desc = N_("Change the current memory allocation in the guest domain."),
};

static const vshCmdOptDef optsMem[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "kilobytes", .type = VSH_OT_ALIAS, .help = "size" },
    { .name = "size",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new memory size, as scaled integer (default KiB)") },
    { .name = "config", .type = VSH_OT_BOOL, .help = N_("affect next boot") },
    { .name = "live", .type = VSH_OT_BOOL, .help = N_("affect running domain") },
    { .name = "current", .type = VSH_OT_BOOL, .help = N_("affect current domain") },
    { .name = NULL }
};

static const vshCmdDef cmdMem = {
    .name = "setmem",
    .handler = testHandlerShow,
    .opts = optsMem,
    .info = &infoMem,
};

/* Shaped like virsh's snapshot-create-as: strings, REQ_OPT, argv. */
static const vshCmdInfo infoSnap = {
    .help = N_("Create a snapshot from a set of args"),
    .desc = N_("Create a snapshot (disk and RAM) from arguments"),
};

static const vshCmdOptDef optsSnap[] = {
    { .name = "domain",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("domain name, id or uuid") },
    { .name = "name", .type = VSH_OT_STRING, .help = N_("name of snapshot") },
    { .name = "halt", .type = VSH_OT_BOOL, .help = N_("halt domain after snapshot is created") },
    { .name = "memspec",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("memory attributes: [file=]name[,snapshot=type]") },
    { .name = "diskspec",
      .type = VSH_OT_ARGV,
      .help = N_("disk attributes: disk[,snapshot=type][,driver=type][,stype=type][,file=name]") },
    { .name = NULL }
};

static const vshCmdDef cmdSnap = {
    .name = "snapshot-create-as",
    .handler = testHandlerShow,
    .opts = optsSnap,
    .info = &infoSnap,
};

static const vshCmdInfo infoFail = {
    .help = N_("always fails"),
    .desc = "",
};

static const vshCmdDef cmdFail = {
    .name = "fail",
    .handler = testHandlerFail,
    .info = &infoFail,
};

static const vshCmdDef cmdOk = {
    .name = "ok",
    .handler = testHandlerOk,
    .info = &infoFail,
};

static const vshCmdDef cmdOkAlias = {
    .name = "okay",
    .flags = VSH_CMD_FLAG_ALIAS,
    .alias = "ok",
};

static const vshCmdDef *const testDomainCmds[] = {
    &cmdInfo, &cmdMem, &cmdSnap, &cmdFail, &cmdOk, &cmdOkAlias, NULL,
};

static const vshCmdDef *const testShellCmds[] = {
    &vshCmdDefCd,  &vshCmdDefEcho, &vshCmdDefExit, &vshCmdDefHelp,
    &vshCmdDefPwd, &vshCmdDefQuit, NULL,
};

static const vshCmdGrp testGroups[] = {
    { "Domain Management", "domain", testDomainCmds },
    { "Virsh itself", "virsh", testShellCmds },
    { NULL, NULL, NULL },
};

/* Every command needs a connection the tests pretend to have. */
static bool
testConnHandler(vshControl *ctl G_GNUC_UNUSED)
{
    return true;
}

static const vshClientHooks testHooks = {
    .connHandler = testConnHandler,
};

/* A shell whose output streams are captured in memory. */
typedef struct {
    vshControl ctl;
    char *outbuf;
    size_t outlen;
    char *errbuf;
    size_t errlen;
} testShell;


static void
testShellOpen(testShell *sh)
{
    memset(sh, 0, sizeof(*sh));
    sh->ctl.progname = "modvirt";
    sh->ctl.envPrefix = "MODVIRT_TEST";
    sh->ctl.groups = testGroups;
    sh->ctl.hooks = &testHooks;
    g_assert_true(vshInit(&sh->ctl));
    sh->ctl.out = open_memstream(&sh->outbuf, &sh->outlen);
    sh->ctl.err = open_memstream(&sh->errbuf, &sh->errlen);
    g_assert_nonnull(sh->ctl.out);
    g_assert_nonnull(sh->ctl.err);
}


/* Close the streams; the texts stay in sh->outbuf and sh->errbuf. */
static void
testShellFlush(testShell *sh)
{
    fclose(sh->ctl.out);
    fclose(sh->ctl.err);
    sh->ctl.out = NULL;
    sh->ctl.err = NULL;
}


static void
testShellClose(testShell *sh)
{
    if (sh->ctl.out)
        testShellFlush(sh);
    vshDeinit(&sh->ctl);
    free(sh->outbuf); /* allocated by open_memstream */
    free(sh->errbuf);
}


/* The parsed command line as "name[opt=value]...; name..." */
static char *
testDumpCmds(const vshCmd *cmd)
{
    GString *buf = g_string_new(NULL);
    const vshCmdOpt *opt;

    for (; cmd; cmd = cmd->next) {
        if (buf->len)
            g_string_append(buf, "; ");
        g_string_append(buf, cmd->def->name);
        for (opt = cmd->opts; opt; opt = opt->next)
            g_string_append_printf(buf, "[%s=%s]", opt->def->name, NULLSTR(opt->data));
    }
    return g_string_free(buf, FALSE);
}

typedef struct {
    const char *input;
    const char *parsed; /* NULL: parsing fails */
    const char *err;    /* what stderr gets */
} testParseCase;

static const testParseCase parseCases[] = {
    { "dominfo test", "dominfo[domain=test]", "" },
    { "dominfo --domain test", "dominfo[domain=test]", "" },
    { "dominfo --domain=test", "dominfo[domain=test]", "" },
    { "dominfo --domain=", "dominfo[domain=]", "" },
    { "  dominfo\t'te st'  ", "dominfo[domain=te st]", "" },
    { "dominfo \"a \\\"b\\\" c\"", "dominfo[domain=a \"b\" c]", "" },
    { "dominfo 'a\\b'", "dominfo[domain=a\\b]", "" },
    { "dominfo a\\ b", "dominfo[domain=a b]", "" },
    { "dominfo a'b c'd", "dominfo[domain=ab cd]", "" },
    { "dominfo 'unterminated", "dominfo[domain=unterminated]", "" },
    { "dominfo \"unterminated", NULL, "error: missing \"\n" },
    { "dominfo a\\", NULL, "error: dangling \\\n" },
    { "dominfo -- --x", "dominfo[domain=--x]", "" },
    { "dominfo ---x", "dominfo[domain=---x]", "" },
    { "dominfo -x", "dominfo[domain=-x]", "" },
    { "dominfo", NULL, "error: command 'dominfo' requires <domain> option\n" },
    { "dominfo --bar", NULL, "error: command 'dominfo' doesn't support option --bar\n" },
    { "dominfo a b", NULL, "error: unexpected data 'b'\n" },
    { "dominfo a --domain b", NULL, "error: option --domain already seen\n" },
    { "dominfo --domain", NULL, "error: expected syntax: --domain <string>\n" },
    { "dominfo --domain;", NULL, "error: expected syntax: --domain <string>\n" },
    { "foo", NULL, "error: unknown command: 'foo'\n" },
    { "dominfo a; foo; dominfo b", NULL, "error: unknown command: 'foo'\n" },
    { "dominfo a;dominfo b ; ;\ndominfo c",
      "dominfo[domain=a]; dominfo[domain=b]; dominfo[domain=c]", "" },
    { "dominfo a # dominfo b; dominfo c", "dominfo[domain=a]", "" },
    { "dominfo a#b", "dominfo[domain=a#b]", "" },
    { "# all a comment", "", "" },
    { "dominfo a # c\ndominfo b", "dominfo[domain=a]; dominfo[domain=b]", "" },
    { "dominfo \\\n a", "dominfo[domain=a]", "" },
    { "setmem x 10", "setmem[domain=x][size=10]", "" },
    { "setmem x --kilobytes 10 --live", "setmem[domain=x][size=10][live=<null>]", "" },
    { "setmem x --kilobytes=10", "setmem[domain=x][size=10]", "" },
    { "setmem x", NULL, "error: command 'setmem' requires --size option\n" },
    { "setmem", NULL,
      "error: command 'setmem' requires <domain> option\n"
      "error: command 'setmem' requires --size option\n" },
    { "setmem x 1 --live=yes", NULL, "error: invalid '=' after option --live\n" },
    { "setmem x --size", NULL, "error: expected syntax: --size <number>\n" },
    { "setmem --help", "help[command=setmem]", "" },
    { "setmem x --bogus --help", NULL, "error: command 'setmem' doesn't support option --bogus\n" },
    { "snapshot-create-as d n --halt a b",
      "snapshot-create-as[domain=d][name=n][halt=<null>][diskspec=a][diskspec=b]", "" },
    { "snapshot-create-as d --memspec m a", "snapshot-create-as[domain=d][memspec=m][name=a]", "" },
    { "snapshot-create-as d --diskspec a --diskspec b",
      "snapshot-create-as[domain=d][diskspec=a][diskspec=b]", "" },
    { "echo --hi", "echo[string=hello]", "" },
    { "echo --hi=x", NULL, "error: invalid '=' after option --hi\n" },
    { "echo --str=x y -- --z", "echo[string=x][string=y][string=--z]", "" },
    { "help list extra --foo", "help[command=list]", "" },
    { "help --foo list", "help[command=list]", "" },
    { "okay", "ok", "" },
    { "", NULL, "" },
};


static void
testParse(gconstpointer data)
{
    const testParseCase *tc = data;
    testShell sh;
    g_autofree char *dump = NULL;
    bool ok;

    testShellOpen(&sh);
    ok = vshCommandStringParse(&sh.ctl, tc->input);
    dump = testDumpCmds(sh.ctl.cmd);
    testShellFlush(&sh);
    if (tc->parsed) {
        g_assert_true(ok);
        g_assert_cmpstr(dump, ==, tc->parsed);
    } else {
        g_assert_false(ok);
        g_assert_null(sh.ctl.cmd);
    }
    g_assert_cmpstr(sh.errbuf, ==, tc->err);
    testShellClose(&sh);
}


/* argv words are taken as they are: no quoting, no ';'. */
static void
testParseArgv(void)
{
    char *argv[] = { (char *)"dominfo", (char *)"a b;c", NULL };
    char *bad[] = { (char *)"setmem", (char *)"x", NULL };
    char *comment[] = { (char *)"#dominfo", (char *)"x", NULL };
    testShell sh;
    g_autofree char *dump = NULL;

    testShellOpen(&sh);
    g_assert_true(vshCommandArgvParse(&sh.ctl, 2, argv));
    dump = testDumpCmds(sh.ctl.cmd);
    g_assert_cmpstr(dump, ==, "dominfo[domain=a b;c]");
    g_assert_false(vshCommandArgvParse(&sh.ctl, 2, bad));
    g_assert_true(vshCommandArgvParse(&sh.ctl, 2, comment));
    g_assert_null(sh.ctl.cmd);
    testShellFlush(&sh);
    g_assert_cmpstr(sh.errbuf, ==, "error: command 'setmem' requires --size option\n");
    testShellClose(&sh);
}

typedef struct {
    const char *input;
    bool ok;
    const char *out;
    const char *err;
    bool quiet;
} testRunCase;

static const testRunCase runCases[] = {
    { "echo a b", true, "a b\n", "", false },
    { "echo a; echo b", true, "a\nb\n", "", false },
    { "echo a; echo b", true, "ab", "", true },
    { "fail; echo after", true, "\nafter\n",
      "error: Domain not found: no domain with matching name 'x'\n", false },
    { "echo first; fail", false, "first\n\n",
      "error: Domain not found: no domain with matching name 'x'\n", false },
    { "quit; echo not reached", true, "", "", false },
    { "echo --shell a '' 'b c' \"it's\" x! a=b", true, "a '' 'b c' 'it'\\''s' 'x!' a=b\n", "",
      false },
    { "echo --xml '<a\"&'\\''>'", true, "&lt;a&quot;&amp;&apos;&gt;\n", "", false },
    { "echo --split a,b,,c d", true, "a\nb,c\n d\n\n", "", false },
    { "echo --shell --xml a", false, "\n",
      "error: Options --shell and --xml are mutually exclusive\n", false },
    { "echo --err a b", true, "\n", "error: a b\n", false },
    { "echo ''", true, "\n", "", false },
    { "cd /", false, "\n", "error: cd: command valid only in interactive mode\n", false },
    { "help nosuch", false, "\n", "error: command or command group 'nosuch' doesn't exist\n",
      false },
    { "help virsh", true,
      " Virsh itself (help keyword 'virsh'):\n"
      "    cd                             change the current directory\n"
      "    echo                           echo arguments. Used for internal testing.\n"
      "    exit                           quit this interactive terminal\n"
      "    help                           print help\n"
      "    pwd                            print the current directory\n"
      "    quit                           quit this interactive terminal\n"
      "\n",
      "", false },
};


static void
testRun(gconstpointer data)
{
    const testRunCase *tc = data;
    testShell sh;
    bool ok;

    testShellOpen(&sh);
    sh.ctl.quiet = tc->quiet;
    g_assert_true(vshCommandStringParse(&sh.ctl, tc->input));
    ok = vshCommandRun(&sh.ctl, sh.ctl.cmd);
    testShellFlush(&sh);
    g_assert_cmpint(ok, ==, tc->ok);
    g_assert_cmpstr(sh.outbuf, ==, tc->out);
    g_assert_cmpstr(sh.errbuf, ==, tc->err);
    testShellClose(&sh);
}


/* help COMMAND, checked against virsh 9.0's text for the same tables. */
static void
testHelpCommand(void)
{
    testShell sh;

    testShellOpen(&sh);
    g_assert_true(vshCmddefHelp(&sh.ctl, &cmdMem));
    g_assert_true(vshCmddefHelp(&sh.ctl, &cmdSnap));
    g_assert_true(vshCmddefHelp(&sh.ctl, &vshCmdDefQuit));
    testShellFlush(&sh);
    g_assert_cmpstr(
        sh.outbuf, ==,
        "  NAME\n"
        "    setmem - change memory allocation\n"
        "\n"
        "  SYNOPSIS\n"
        "    setmem <domain> <size> [--config] [--live] [--current]\n"
        "\n"
        "  DESCRIPTION\n"
        "    Change the current memory allocation in the guest domain.\n"
        "\n"
        "  OPTIONS\n"
        "    [--domain] <string>  domain name, id or uuid\n"
        "    [--size] <number>  new memory size, as scaled integer (default KiB)\n"
        "    --config         affect next boot\n"
        "    --live           affect running domain\n"
        "    --current        affect current domain\n"
        "\n"
        "  NAME\n"
        "    snapshot-create-as - Create a snapshot from a set of args\n"
        "\n"
        "  SYNOPSIS\n"
        "    snapshot-create-as <domain> [--name <string>] [--halt] [--memspec <string>] [[--diskspec] <string>]...\n"
        "\n"
        "  DESCRIPTION\n"
        "    Create a snapshot (disk and RAM) from arguments\n"
        "\n"
        "  OPTIONS\n"
        "    [--domain] <string>  domain name, id or uuid\n"
        "    --name <string>  name of snapshot\n"
        "    --halt           halt domain after snapshot is created\n"
        "    --memspec <string>  memory attributes: [file=]name[,snapshot=type]\n"
        "    [--diskspec] <string>  disk attributes: disk[,snapshot=type][,driver=type][,stype=type][,file=name]\n"
        "\n"
        "  NAME\n"
        "    quit - quit this interactive terminal\n"
        "\n"
        "  SYNOPSIS\n"
        "    quit\n"
        "\n");
    testShellClose(&sh);
}

typedef struct {
    const char *value;
    int rc;
    unsigned long long result;
    const char *err;
} testScaledCase;

static const testScaledCase scaledCases[] = {
    { "1024", 1, 1024ULL * 1024, "" },
    { "1k", 1, 1024, "" },
    { "1KiB", 1, 1024, "" },
    { "1KB", 1, 1000, "" },
    { "2m", 1, 2ULL * 1024 * 1024, "" },
    { "3G", 1, 3ULL << 30, "" },
    { "5b", 1, 5, "" },
    { "5bytes", 1, 5, "" },
    { "0", 1, 0, "" },
    { "abc", -1, 0,
      "error: Scaled numeric value 'abc' for <size> option is malformed or out of range\n" },
    { "-5", -1, 0,
      "error: Scaled numeric value '-5' for <size> option is malformed or out of range\n" },
    { "10x", -1, 0,
      "error: Scaled numeric value '10x' for <size> option is malformed or out of range\n"
      "error: invalid argument: unknown suffix 'x'\n" },
    { "1Kx", -1, 0,
      "error: Scaled numeric value '1Kx' for <size> option is malformed or out of range\n"
      "error: invalid argument: unknown suffix 'Kx'\n" },
    { "9999999999T", -1, 0,
      "error: Scaled numeric value '9999999999T' for <size> option is malformed or out of range\n"
      "error: numerical overflow: value too large: 9999999999T\n" },
    { "99999999999999999999", -1, 0,
      "error: Scaled numeric value '99999999999999999999' for <size> option is malformed or out of range\n" },
};


/* Parse "setmem x VALUE", then read --size scaled by 1024. */
static void
testScaled(gconstpointer data)
{
    const testScaledCase *tc = data;
    g_autofree char *line = g_strdup_printf("setmem x %s", tc->value);
    unsigned long long val = 0;
    testShell sh;
    int rc;

    testShellOpen(&sh);
    g_assert_true(vshCommandStringParse(&sh.ctl, line));
    rc = vshCommandOptScaledInt(&sh.ctl, sh.ctl.cmd, "size", &val, 1024, ULLONG_MAX);
    if (rc < 0)
        vshReportError(&sh.ctl);
    testShellFlush(&sh);
    g_assert_cmpint(rc, ==, tc->rc);
    if (rc > 0)
        g_assert_cmpuint(val, ==, tc->result);
    g_assert_cmpstr(sh.errbuf, ==, tc->err);
    testShellClose(&sh);
}

typedef struct {
    const char *value;
    int rcInt;
    int rcUInt;
    int rcUIntWrap;
    unsigned int wrapped;
} testNumberCase;

static const testNumberCase numberCases[] = {
    { "42", 1, 1, 1, 42 },
    { "-1", 1, -1, 1, UINT_MAX },
    { "+7", 1, 1, 1, 7 },
    { "4294967295", -1, 1, 1, UINT_MAX },
    { "4294967296", -1, -1, -1, 0 },
    { "-4294967296", -1, -1, -1, 0 },
    { "12abc", -1, -1, -1, 0 },
    { "", -1, -1, -1, 0 },
    { "2147483648", -1, 1, 1, 2147483648U },
    { "-2147483648", 1, -1, 1, 2147483648U },
};


static void
testNumbers(gconstpointer data)
{
    const testNumberCase *tc = data;
    char *argv[] = { (char *)"setmem", (char *)"x", (char *)tc->value, NULL };
    g_autofree char *err = g_strdup_printf(
        "error: Numeric value '%s' for <size> option is malformed or out of range\n", tc->value);
    unsigned int u = 0;
    int i = 0;
    testShell sh;

    testShellOpen(&sh);
    g_assert_true(vshCommandArgvParse(&sh.ctl, 3, argv));
    g_assert_cmpint(vshCommandOptInt(&sh.ctl, sh.ctl.cmd, "size", &i), ==, tc->rcInt);
    g_assert_cmpint(vshCommandOptUInt(&sh.ctl, sh.ctl.cmd, "size", &u), ==, tc->rcUInt);
    g_assert_cmpint(vshCommandOptUIntWrap(&sh.ctl, sh.ctl.cmd, "size", &u), ==, tc->rcUIntWrap);
    if (tc->rcUIntWrap > 0)
        g_assert_cmpuint(u, ==, tc->wrapped);
    testShellFlush(&sh);
    if (tc->rcInt < 0)
        g_assert_nonnull(strstr(sh.errbuf, err));
    testShellClose(&sh);
}


static void
testOptionAccessors(void)
{
    testShell sh;
    const char *str = NULL;
    int timeout = 0;

    testShellOpen(&sh);
    g_assert_true(vshCommandStringParse(&sh.ctl, "snapshot-create-as d --name '' --halt"));
    g_assert_true(vshCommandOptBool(sh.ctl.cmd, "halt"));
    g_assert_false(vshCommandOptBool(sh.ctl.cmd, "memspec"));
    g_assert_cmpint(vshCommandOptStringReq(&sh.ctl, sh.ctl.cmd, "memspec", &str), ==, 0);
    g_assert_null(str);
    g_assert_cmpint(vshCommandOptStringReq(&sh.ctl, sh.ctl.cmd, "name", &str), ==, -1);
    g_assert_cmpint(vshCommandOptStringQuiet(&sh.ctl, sh.ctl.cmd, "name", &str), ==, -1);
    g_assert_cmpint(vshCommandOptStringReq(&sh.ctl, sh.ctl.cmd, "domain", &str), ==, 0);
    g_assert_cmpstr(str, ==, "d");
    g_assert_cmpint(vshExclusiveOptions(&sh.ctl, sh.ctl.cmd, "halt", "name"), ==, -1);
    g_assert_cmpint(vshExclusiveOptions(&sh.ctl, sh.ctl.cmd, "halt", "memspec"), ==, 0);
    g_assert_cmpint(vshRequireOption(&sh.ctl, sh.ctl.cmd, "halt", "memspec"), ==, -1);
    g_assert_cmpint(vshRequireOption(&sh.ctl, sh.ctl.cmd, "memspec", "halt"), ==, 0);
    g_assert_cmpint(vshCommandOptTimeoutToMs(&sh.ctl, sh.ctl.cmd, &timeout), ==, 0);
    testShellFlush(&sh);
    g_assert_cmpstr(sh.errbuf, ==,
                    "error: Failed to get option 'name': Option argument is empty\n"
                    "error: Options --halt and --name are mutually exclusive\n"
                    "error: Option --memspec is required by option --halt\n");
    testShellClose(&sh);
}


static void
testTable(void)
{
    g_autoptr(vshTable) table = vshTableNew("Id", "Name", "State", NULL);
    g_autofree char *full = NULL;
    g_autofree char *bare = NULL;

    g_assert_cmpint(vshTableRowAppend(table, "1", "test", "running", NULL), ==, 0);
    g_assert_cmpint(vshTableRowAppend(table, "-", "a\tb", "shut off", NULL), ==, 0);
    g_assert_cmpint(vshTableRowAppend(table, "too few", NULL), ==, -1);
    full = vshTablePrintToString(table, true);
    bare = vshTablePrintToString(table, false);
    g_assert_cmpstr(full, ==,
                    " Id   Name     State\n"
                    "-------------------------\n"
                    " 1    test     running\n"
                    " -    a\\x09b   shut off\n");
    g_assert_cmpstr(bare, ==,
                    " 1   test     running\n"
                    " -   a\\x09b   shut off\n");
}


static void
testStringToArray(void)
{
    g_auto(GStrv) a = vshStringToArray("a,b,,c,");
    g_auto(GStrv) b = vshStringToArray("");

    g_assert_cmpuint(g_strv_length(a), ==, 3);
    g_assert_cmpstr(a[0], ==, "a");
    g_assert_cmpstr(a[1], ==, "b,c");
    g_assert_cmpstr(a[2], ==, "");
    g_assert_cmpuint(g_strv_length(b), ==, 1);
    g_assert_cmpstr(b[0], ==, "");
}


typedef struct {
    const char *in;
    const char *xml;
    const char *shell;
} testEscapeCase;

static const testEscapeCase escapeCases[] = {
    { "plain", "plain", "plain" },
    { "", "", "''" },
    { "a b", "a b", "'a b'" },
    { "it's", "it&apos;s", "'it'\\''s'" },
    { "<&>\"", "&lt;&amp;&gt;&quot;", "'<&>\"'" },
    { "tab\tnl\n", "tab\tnl\n", "'tab\tnl\n'" },
    { "bell\a", "bell", "bell\a" },
    { "a=b,c:d/e", "a=b,c:d/e", "a=b,c:d/e" },
};


static void
testEscape(gconstpointer data)
{
    const testEscapeCase *tc = data;
    g_autofree char *xml = vshEscapeXML(tc->in);
    g_autofree char *shell = vshEscapeShell(tc->in);

    g_assert_cmpstr(xml, ==, tc->xml);
    g_assert_cmpstr(shell, ==, tc->shell);
}


/* help on an alias command shows the real command. */
static void
testHelpAlias(void)
{
    testShell sh;

    testShellOpen(&sh);
    g_assert_true(vshCommandStringParse(&sh.ctl, "help okay; okay --help"));
    g_assert_true(vshCommandRun(&sh.ctl, sh.ctl.cmd));
    testShellFlush(&sh);
    g_assert_cmpstr(sh.outbuf, ==,
                    "  NAME\n    ok - always fails\n\n  SYNOPSIS\n    ok\n\n\n"
                    "  NAME\n    ok - always fails\n\n  SYNOPSIS\n    ok\n\n\n");
    testShellClose(&sh);
}


static void
testPrettyCapacity(void)
{
    const char *unit = NULL;

    g_assert_cmpfloat(vshPrettyCapacity(1000, &unit), ==, 1000);
    g_assert_cmpstr(unit, ==, "B");
    g_assert_cmpfloat(vshPrettyCapacity(1536, &unit), ==, 1.5);
    g_assert_cmpstr(unit, ==, "KiB");
    g_assert_cmpfloat(vshPrettyCapacity(107374182400ULL, &unit), ==, 100);
    g_assert_cmpstr(unit, ==, "GiB");
    g_assert_cmpfloat(vshPrettyCapacity(1ULL << 62, &unit), ==, 4);
    g_assert_cmpstr(unit, ==, "EiB");
}


/* Every option table obeys the parser's rules: at most 64 options,
 * required positional options first, ARGV last, aliases pointing at a
 * later real option. */
static void
testTablesValid(void)
{
    const vshCmdGrp *grp;
    size_t i;
    size_t j;

    for (grp = testGroups; grp->name; grp++) {
        for (i = 0; grp->commands[i]; i++) {
            const vshCmdOptDef *opts = grp->commands[i]->opts;

            for (j = 0; opts && opts[j].name; j++) {
                g_assert_cmpuint(j, <, 64);
                if (opts[j].type == VSH_OT_ARGV)
                    g_assert_null(opts[j + 1].name);
            }
        }
    }
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(parseCases); i++) {
        g_autofree char *path = g_strdup_printf("/tools/vsh/parse/%zu", i);

        g_test_add_data_func(path, &parseCases[i], testParse);
    }
    g_test_add_func("/tools/vsh/parse/argv", testParseArgv);
    for (i = 0; i < G_N_ELEMENTS(runCases); i++) {
        g_autofree char *path = g_strdup_printf("/tools/vsh/run/%zu", i);

        g_test_add_data_func(path, &runCases[i], testRun);
    }
    for (i = 0; i < G_N_ELEMENTS(scaledCases); i++) {
        g_autofree char *path = g_strdup_printf("/tools/vsh/scaled/%zu", i);

        g_test_add_data_func(path, &scaledCases[i], testScaled);
    }
    for (i = 0; i < G_N_ELEMENTS(numberCases); i++) {
        g_autofree char *path = g_strdup_printf("/tools/vsh/number/%zu", i);

        g_test_add_data_func(path, &numberCases[i], testNumbers);
    }
    for (i = 0; i < G_N_ELEMENTS(escapeCases); i++) {
        g_autofree char *path = g_strdup_printf("/tools/vsh/escape/%zu", i);

        g_test_add_data_func(path, &escapeCases[i], testEscape);
    }
    g_test_add_func("/tools/vsh/help/command", testHelpCommand);
    g_test_add_func("/tools/vsh/help/alias", testHelpAlias);
    g_test_add_func("/tools/vsh/options", testOptionAccessors);
    g_test_add_func("/tools/vsh/table", testTable);
    g_test_add_func("/tools/vsh/string-to-array", testStringToArray);
    g_test_add_func("/tools/vsh/pretty-capacity", testPrettyCapacity);
    g_test_add_func("/tools/vsh/tables-valid", testTablesValid);

    return g_test_run();
}
