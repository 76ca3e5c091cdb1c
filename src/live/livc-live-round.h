/* livc-live-round.h: a live individual round, members rating from their own phones
 * through a page served on the local network. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-assessment.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

/*
 * Using it from a user interface:
 *
 *   round = livc_live_round_new (assessment, questionnaire);
 *   livc_live_round_set_open_domains (round, (const char *[]) { "protocol", NULL });
 *   livc_live_round_set_allow_add (round, TRUE);
 *   if (!livc_live_round_start (round, NULL, 0, &error))   // address from the picker
 *     …show error->message…
 *   url = livc_live_round_get_url (round);     // show as text; never log it
 *   qr = livc_live_round_get_qr (round, &width);  // width × width bytes, 1 = dark
 *   code = livc_live_round_get_join_code (round);  // the page shows it too
 *   g_signal_connect (round, "progress-changed", …);   // redraw the counts
 *   …
 *   livc_live_round_reveal (round);   // the hidden phase ends; ratings are in the model
 *   livc_live_round_stop (round);     // the socket is closed
 *
 * Everything runs on the thread-default main context of the thread that called start();
 * signals are emitted there. Ratings arrive in the assessment as that member's ratings
 * (livc_answer_set_rating), so saving, autosave, merge and reports see them as usual.
 * Nothing here ever hands out a member's rating value: the model holds them, and the
 * user interface decides when to show them (after reveal()).
 */

#define LIVC_LIVE_ROUND_ERROR (livc_live_round_error_quark ())

typedef enum
{
  LIVC_LIVE_ROUND_ERROR_NO_ADDRESS,
  LIVC_LIVE_ROUND_ERROR_LISTEN,
  LIVC_LIVE_ROUND_ERROR_RUNNING,
  LIVC_LIVE_ROUND_ERROR_CRYPTO,
} LivcLiveRoundError;

typedef enum
{
  LIVC_LIVE_STATE_STOPPED,
  LIVC_LIVE_STATE_OPEN,
  LIVC_LIVE_STATE_REVEALED,
} LivcLiveState;

/* Limits; the defaults are the ones docs/security.md describes. */
#define LIVC_LIVE_MAX_BODY        (16 * 1024)
#define LIVC_LIVE_DEFAULT_MEMBERS 40
#define LIVC_LIVE_DEFAULT_RATE    10
#define LIVC_LIVE_DEFAULT_IDLE    3600

#define LIVC_TYPE_LIVE_ROUND (livc_live_round_get_type ())
G_DECLARE_FINAL_TYPE (LivcLiveRound, livc_live_round, LIVC, LIVE_ROUND, GObject)

GQuark          livc_live_round_error_quark       (void);

LivcLiveRound  *livc_live_round_new               (LivcAssessment    *assessment,
                                                   LivcQuestionnaire *questionnaire);
LivcAssessment *livc_live_round_get_assessment    (LivcLiveRound     *self);
LivcQuestionnaire *livc_live_round_get_questionnaire (LivcLiveRound  *self);

/* NULL or empty: every domain is open. May change while the round runs. */
void            livc_live_round_set_open_domains  (LivcLiveRound      *self,
                                                   const char * const *domain_ids);
gboolean        livc_live_round_is_domain_open    (LivcLiveRound      *self,
                                                   const char         *domain_id);
void            livc_live_round_set_allow_add     (LivcLiveRound     *self,
                                                   gboolean           allow_add);
gboolean        livc_live_round_get_allow_add     (LivcLiveRound     *self);
void            livc_live_round_set_max_members   (LivcLiveRound     *self,
                                                   guint              max_members);
guint           livc_live_round_get_max_members   (LivcLiveRound     *self);
/* Requests per second allowed per client address (a burst of twice that). */
void            livc_live_round_set_rate_limit    (LivcLiveRound     *self,
                                                   guint              per_second);
/* Seconds without a valid request after which the round stops itself; 0: never. */
void            livc_live_round_set_idle_timeout  (LivcLiveRound     *self,
                                                   guint              seconds);

/* The addresses a round can be offered on: non-loopback IPv4 addresses of the
 * interfaces that are up, for the facilitator to pick from. */
GPtrArray      *livc_live_round_list_addresses    (void);
char           *livc_live_round_dup_interface_name (GInetAddress     *address);

/* address NULL: the first of livc_live_round_list_addresses(); port 0: any free one. */
gboolean        livc_live_round_start             (LivcLiveRound     *self,
                                                   GInetAddress      *address,
                                                   guint16            port,
                                                   GError           **error);
void            livc_live_round_reveal            (LivcLiveRound     *self);
void            livc_live_round_stop              (LivcLiveRound     *self);
LivcLiveState   livc_live_round_get_state         (LivcLiveRound     *self);

/* Valid while the round runs (NULL / 0 when stopped). */
const char     *livc_live_round_get_url           (LivcLiveRound     *self);
guint16         livc_live_round_get_port          (LivcLiveRound     *self);
const char     *livc_live_round_get_join_code     (LivcLiveRound     *self);
/* The URL as a QR code: width × width bytes, row by row, 1 for a dark module and 0 for
 * a light one, without the quiet zone (draw 4 light modules around it). */
GBytes         *livc_live_round_get_qr            (LivcLiveRound     *self,
                                                   guint             *width);

/* Progress, never values: the members who joined, and for a domain how many of its
 * items a member has rated. */
guint           livc_live_round_get_n_members     (LivcLiveRound     *self);
LivcParticipant *livc_live_round_get_member       (LivcLiveRound     *self,
                                                   guint              index);
guint           livc_live_round_count_rated       (LivcLiveRound     *self,
                                                   LivcParticipant   *member,
                                                   const char        *domain_id);
/* For the shared screen: items in the domain, members joined, members who rated every
 * item of it, and the ratings given in it by all members together. */
void            livc_live_round_get_domain_progress (LivcLiveRound   *self,
                                                     const char      *domain_id,
                                                     guint           *n_items,
                                                     guint           *n_members,
                                                     guint           *n_done,
                                                     guint           *n_ratings);

G_END_DECLS
