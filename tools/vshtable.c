/*
 * vshtable.c: column-aligned tables as virsh prints them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdarg.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "internal.h"
#include "vshtable.h"

/* One row: cells as printed and their widths in terminal columns. */
typedef struct {
    char **cells;
    size_t *widths;
} vshTableRow;

struct _vshTable {
    size_t ncols;
    GPtrArray *rows; /* of vshTableRow *; rows[0] is the header */
};


static void
vshTableRowFree(gpointer data)
{
    vshTableRow *row = data;
    size_t i;

    if (!row)
        return;
    for (i = 0; row->cells[i]; i++)
        g_free(row->cells[i]);
    g_free(row->cells);
    g_free(row->widths);
    g_free(row);
}


/*
 * Copy @s for display: tabs, newlines, bells, backspaces, carriage returns,
 * literal "\x" and bytes that are not printable characters of the locale
 * become \xNN. Stores the display width in *@width.
 */
static char *
vshTableEncode(const char *s, size_t *width)
{
    GString *buf = g_string_new(NULL);
    mbstate_t st;
    const char *p = s;

    memset(&st, 0, sizeof(st));
    *width = 0;
    while (*p) {
        wchar_t wc;
        size_t len;
        int w;

        if ((*p == '\\' && p[1] == 'x') || *p == '\a' || *p == '\b' || *p == '\t' || *p == '\n' ||
            *p == '\r') {
            g_string_append_printf(buf, "\\x%02x", (unsigned char)*p++);
            *width += 4;
            continue;
        }
        len = mbrtowc(&wc, p, MB_CUR_MAX, &st);
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0 || !iswprint(wc)) {
            memset(&st, 0, sizeof(st));
            g_string_append_printf(buf, "\\x%02x", (unsigned char)*p++);
            *width += 4;
            continue;
        }
        g_string_append_len(buf, p, len);
        p += len;
        if ((w = wcwidth(wc)) > 0)
            *width += w;
    }
    return g_string_free(buf, FALSE);
}


static int
vshTableAddRow(vshTable *table, const char *first, va_list ap)
{
    vshTableRow *row = g_new0(vshTableRow, 1);
    g_autoptr(GPtrArray) cells = g_ptr_array_new();
    g_autoptr(GArray) widths = g_array_new(FALSE, TRUE, sizeof(size_t));
    const char *arg;

    for (arg = first; arg; arg = va_arg(ap, const char *)) {
        size_t w;

        g_ptr_array_add(cells, vshTableEncode(arg, &w));
        g_array_append_val(widths, w);
    }
    row->widths = (size_t *)g_array_free(g_steal_pointer(&widths), FALSE);
    g_ptr_array_add(cells, NULL);
    row->cells = (char **)g_ptr_array_free(g_steal_pointer(&cells), FALSE);
    if (table->rows->len && g_strv_length(row->cells) != table->ncols) {
        vshTableRowFree(row);
        return -1;
    }
    table->ncols = g_strv_length(row->cells);
    g_ptr_array_add(table->rows, row);
    return 0;
}


vshTable *
vshTableNew(const char *first, ...)
{
    vshTable *table = g_new0(vshTable, 1);
    va_list ap;

    table->rows = g_ptr_array_new_with_free_func(vshTableRowFree);
    va_start(ap, first);
    (void)vshTableAddRow(table, first, ap);
    va_end(ap);
    return table;
}


int
vshTableRowAppend(vshTable *table, const char *arg, ...)
{
    va_list ap;
    int ret;

    va_start(ap, arg);
    ret = vshTableAddRow(table, arg, ap);
    va_end(ap);
    if (ret < 0)
        vshError(NULL, "%s", _("Incorrect number of cells in a table row"));
    return ret;
}


void
vshTableFree(vshTable *table)
{
    if (!table)
        return;
    g_ptr_array_unref(table->rows);
    g_free(table);
}


static void
vshTablePrintRow(GString *buf, const vshTableRow *row, const size_t *maxw, size_t ncols)
{
    size_t i;
    size_t j;

    for (i = 0; i < ncols; i++) {
        g_string_append_printf(buf, " %s", row->cells[i]);
        if (i + 1 == ncols)
            break;
        for (j = row->widths[i]; j < maxw[i] + 2; j++)
            g_string_append_c(buf, ' ');
    }
    g_string_append_c(buf, '\n');
}


char *
vshTablePrintToString(vshTable *table, bool header)
{
    g_autofree size_t *maxw = g_new0(size_t, table->ncols + 1);
    GString *buf = g_string_new(NULL);
    size_t i;
    size_t j;

    for (i = header ? 0 : 1; i < table->rows->len; i++) {
        const vshTableRow *row = g_ptr_array_index(table->rows, i);

        for (j = 0; j < table->ncols; j++)
            maxw[j] = MAX(maxw[j], row->widths[j]);
    }
    if (header) {
        vshTablePrintRow(buf, g_ptr_array_index(table->rows, 0), maxw, table->ncols);
        for (j = 0; j < table->ncols; j++) {
            for (i = 0; i < maxw[j] + 3; i++)
                g_string_append_c(buf, '-');
        }
        g_string_append_c(buf, '\n');
    }
    for (i = 1; i < table->rows->len; i++)
        vshTablePrintRow(buf, g_ptr_array_index(table->rows, i), maxw, table->ncols);
    return g_string_free(buf, FALSE);
}


void
vshTablePrintToStdout(vshTable *table, vshControl *ctl)
{
    g_autofree char *text = vshTablePrintToString(table, !ctl->quiet);

    vshPrint(ctl, "%s", text);
}
