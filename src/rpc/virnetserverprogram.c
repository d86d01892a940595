/*
 * virnetserverprogram.c: programs (procedure table + handlers) and the
 * dispatch of incoming frames: keepalive and stream frames on the main
 * loop, calls on the workers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <unistd.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virfile.h"
#include "virlog.h"

#define VIR_NETSERVERPRIV_H_ALLOW
#include "virnetserverpriv.h"

#define VIR_FROM_THIS VIR_FROM_RPC

VIR_LOG_INIT("rpc.netserverprogram");

/* KEEPALIVE procedures (wire-protocol.md section 9) */
#define VIR_NET_KEEPALIVE_PING 1
#define VIR_NET_KEEPALIVE_PONG 2

struct _virNetServerProgram {
    const virNetProgramDef *def; /* static */
    GHashTable *handlers;        /* proc number -> virNetServerProcHandler *; read-only */
};

/* The job a worker is running (handlers reach it through their call). */
static _Thread_local virNetServerJob *virNetServerCurrentJobPtr;


virNetServerProgram *
virNetServerProgramNew(const virNetProgramDef *def,
                       const virNetServerProcHandler *handlers,
                       size_t nhandlers)
{
    virNetServerProgram *prog = g_new0(virNetServerProgram, 1);

    prog->def = def;
    prog->handlers = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; i < nhandlers; i++)
        g_hash_table_insert(prog->handlers, GINT_TO_POINTER(handlers[i].proc),
                            (gpointer)&handlers[i]);
    return prog;
}


void
virNetServerProgramFree(virNetServerProgram *prog)
{
    if (!prog)
        return;
    g_hash_table_unref(prog->handlers);
    g_free(prog);
}


bool
virNetServerProgramMatches(virNetServerProgram *prog, uint32_t progNum, uint32_t vers)
{
    return prog->def->prog == progNum && prog->def->vers == vers;
}


virNetServerJob *
virNetServerCurrentJob(void)
{
    return virNetServerCurrentJobPtr;
}


/*
 * Looks up the program and procedure of @job's call, once, when the frame
 * arrives: the worker uses them, and they decide the pool. An unknown
 * program or procedure is answered by a priority worker: answering it
 * never waits on a driver.
 */
static bool
virNetServerJobLookup(virNetServer *srv, virNetServerJob *job)
{
    const virNetMessageHeader *hdr = &job->msg->header;

    job->prog = virNetServerFindProgram(srv, hdr->prog, hdr->vers);
    if (!job->prog)
        return true;
    job->proc = virNetProgramDefLookup(job->prog->def, hdr->proc);
    return !job->proc || (job->proc->flags & (VIR_NET_PROC_PRIORITY | VIR_NET_PROC_MESSAGE));
}


int
virNetServerDispatchMessage(virNetServer *srv, virNetServerClient *client, virNetMessage *msg)
{
    virNetMessageHeader *hdr = &msg->header;
    virNetServerJob *job;

    VIR_DEBUG("client %p: frame prog=%u vers=%u proc=%d type=%d serial=%u status=%d", client,
              hdr->prog, hdr->vers, hdr->proc, hdr->type, hdr->serial, hdr->status);
    if (hdr->prog == KEEPALIVE_PROGRAM && hdr->type == VIR_NET_MESSAGE) {
        /* PING gets PONG at any time; an unsolicited PONG is ignored */
        if (hdr->proc == VIR_NET_KEEPALIVE_PING)
            virNetServerClientSendKeepAlive(client, VIR_NET_KEEPALIVE_PONG);
        virNetMessageFree(msg);
        return 0;
    }
    switch (hdr->type) {
    case VIR_NET_STREAM:
    case VIR_NET_STREAM_HOLE:
        virNetServerStreamRoute(srv, client, msg);
        return 0;
    case VIR_NET_REPLY:
    case VIR_NET_REPLY_WITH_FDS:
    case VIR_NET_MESSAGE:
        /* libvirtd ignores these from a client (wire-protocol.md section 2) */
        virNetMessageFree(msg);
        return 0;
    default:
        break;
    }
    job = g_new0(virNetServerJob, 1);
    virNetServerClientRef(client);
    job->client = client;
    job->msg = msg;
    virNetServerClientLock(client);
    virNetServerClientAddRequestLocked(client);
    virNetServerClientUnlock(client);
    virNetServerSubmitJob(srv, job, virNetServerJobLookup(srv, job));
    return 0;
}


/* The error domain of the public function @api, as libvirt's API files use. */
static int
virNetServerApiDomain(const char *api)
{
    static const struct {
        const char *prefix; /* virXxx... */
        const char *word;   /* ...or virConnect...Xxx... */
        int domain;
    } table[] = {
        { "virDomain", "Domain", VIR_FROM_DOMAIN },
        { "virNetwork", "Network", VIR_FROM_NETWORK },
        { "virStorage", "Storage", VIR_FROM_STORAGE },
        { "virSecret", "Secret", VIR_FROM_SECRET },
        { "virNodeDevice", "NodeDevice", VIR_FROM_NODEDEV },
        { "virInterface", "Interface", VIR_FROM_INTERFACE },
        { "virNWFilter", "NWFilter", VIR_FROM_NWFILTER },
    };

    if (!api)
        return VIR_FROM_NONE;
    for (size_t i = 0; i < G_N_ELEMENTS(table); i++) {
        if (g_str_has_prefix(api, table[i].prefix))
            return table[i].domain;
        if (g_str_has_prefix(api, "virConnect") && strstr(api, table[i].word))
            return table[i].domain;
    }
    return VIR_FROM_NONE;
}


/* Checks that @client may call @proc of @prog now. 0, or -1 with an error. */
static int
virNetServerCheckAccess(virNetServerProgram *prog,
                        virNetServerClient *client,
                        const virNetProcedure *proc)
{
    const char *api = proc->api ? proc->api : proc->name;

    if (prog->def->prog != ADMIN_PROGRAM && !(proc->flags & VIR_NET_PROC_PREOPEN) &&
        !virNetServerClientIsOpened(client)) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("hypervisor connection not open"));
        return -1;
    }
    if (virNetServerClientIsReadonly(client) && !(proc->flags & VIR_NET_PROC_READONLY)) {
        virReportErrorHelper(virNetServerApiDomain(api), VIR_ERR_OPERATION_DENIED, __FILE__,
                             __func__, __LINE__, _("read only access prevents %1$s"), api);
        return -1;
    }
    return 0;
}


/* Checks the call of @job (looked up on arrival). -1 with an error. */
static int
virNetServerCheckCall(virNetServerJob *job)
{
    const virNetMessageHeader *hdr = &job->msg->header;

    if (!job->prog) {
        virReportError(VIR_ERR_RPC, _("Cannot find program %1$d version %2$d"), (int)hdr->prog,
                       (int)hdr->vers);
        return -1;
    }
    if (hdr->type != VIR_NET_CALL && hdr->type != VIR_NET_CALL_WITH_FDS) {
        virReportError(VIR_ERR_RPC, _("Unexpected message type %1$d"), hdr->type);
        return -1;
    }
    if (hdr->status != VIR_NET_OK) {
        virReportError(VIR_ERR_RPC, _("Unexpected message status %1$d"), hdr->status);
        return -1;
    }
    if (!job->proc || (job->proc->flags & VIR_NET_PROC_MESSAGE)) {
        virReportError(VIR_ERR_RPC, _("unknown procedure: %1$d"), hdr->proc);
        return -1;
    }
    return 0;
}


/* Closes the descriptors of @msg a handler did not keep, and forgets them. */
static void
virNetServerMessageDropFDs(virNetMessage *msg)
{
    for (size_t i = 0; i < msg->nfds; i++)
        VIR_FORCE_CLOSE(msg->fds[i]);
    g_clear_pointer(&msg->fds, g_free);
    msg->nfds = 0;
    msg->donefds = 0;
}


/* Turns @job's call into its successful reply, @ret encoded by @proc. */
static int
virNetServerEncodeReply(virNetServerJob *job, const virNetProcedure *proc, void *ret)
{
    virNetMessage *msg = job->msg;

    virNetServerMessageDropFDs(msg);
    if (job->replyFds && job->replyFds->len > 0) {
        msg->nfds = job->replyFds->len;
        msg->fds = (int *)(void *)g_array_free(g_steal_pointer(&job->replyFds), FALSE);
    }
    msg->header.type = msg->nfds > 0 ? VIR_NET_REPLY_WITH_FDS : VIR_NET_REPLY;
    msg->header.status = VIR_NET_OK;
    if (virNetMessageEncodeHeader(msg) < 0 || virNetMessageEncodePayload(msg, proc->ret, ret) < 0)
        return -1;
    return 0;
}


/* Runs the call of @job; on success its message holds the reply. */
static int
virNetServerRunCall(virNetServer *srv, virNetServerJob *job)
{
    virNetServerProgram *prog = job->prog;
    const virNetProcedure *proc = job->proc;
    const virNetServerProcHandler *handler;
    g_autofree void *args = NULL;
    g_autofree void *ret = NULL;
    int rv;

    if (virNetServerCheckCall(job) < 0 || virNetServerCheckAccess(prog, job->client, proc) < 0)
        return -1;
    handler = g_hash_table_lookup(prog->handlers, GINT_TO_POINTER(proc->proc));
    if (!handler || !handler->func) {
        virReportErrorHelper(virNetServerApiDomain(proc->api), VIR_ERR_NO_SUPPORT, __FILE__,
                             __func__, __LINE__, "%s", proc->api ? proc->api : proc->name);
        return -1;
    }
    if (proc->args) {
        args = g_malloc0(proc->args->size);
        if (virNetMessageDecodePayload(job->msg, proc->args, args) < 0)
            return -1;
    }
    if (proc->ret)
        ret = g_malloc0(proc->ret->size);

    rv = handler->func(srv, job->client, job->msg, args, ret);
    virXDRFree(proc->args, args);
    if (rv == 0)
        rv = virNetServerEncodeReply(job, proc, ret);
    virXDRFree(proc->ret, ret);
    return rv;
}


void
virNetServerDispatchCall(virNetServer *srv, virNetServerJob *job)
{
    virNetServerClient *client = job->client;
    virNetMessage *msg;
    int rv;

    /* nobody would read the reply */
    if (virNetServerClientIsClosed(client))
        return;
    job->streams = g_ptr_array_new();
    virResetLastError();
    virNetServerCurrentJobPtr = job;
    rv = virNetServerRunCall(srv, job);
    virNetServerCurrentJobPtr = NULL;

    msg = g_steal_pointer(&job->msg);
    if (rv < 0) {
        VIR_DEBUG("client %p: call %d:%d serial=%u failed: %s", client, msg->header.prog,
                  msg->header.proc, msg->header.serial, virGetLastErrorMessage());
        virNetServerMessageDropFDs(msg);
        if (virNetMessageEncodeError(msg, VIR_NET_REPLY) < 0) {
            /* cannot answer: without a reply the client would wait forever */
            virNetMessageFree(msg);
            virNetServerClientClose(client);
            msg = NULL;
        }
    }
    if (msg)
        (void)virNetServerClientQueueMessage(client, msg);
    for (guint i = 0; i < job->streams->len; i++)
        virNetServerStreamActivate(srv, g_ptr_array_index(job->streams, i), rv == 0);
    virResetLastError();
}


int
virNetServerClientAddReplyFD(virNetServerClient *client, virNetMessage *msg, int fd)
{
    virNetServerJob *job = virNetServerCurrentJobPtr;

    if (!job || job->client != client || job->msg != msg) {
        VIR_FORCE_CLOSE(fd);
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("reply descriptors can only be added by the call's handler"));
        return -1;
    }
    if (!job->replyFds)
        job->replyFds = g_array_new(FALSE, FALSE, sizeof(int));
    if (job->replyFds->len >= VIR_NET_MESSAGE_NUM_FDS_MAX) {
        VIR_FORCE_CLOSE(fd);
        virReportError(VIR_ERR_RPC, _("Too many file descriptors (at most %1$d)"),
                       VIR_NET_MESSAGE_NUM_FDS_MAX);
        return -1;
    }
    g_array_append_val(job->replyFds, fd);
    return 0;
}
