/* livc-window-live.c: the live round in the main window. Start Live Round (Ctrl+L) opens
 * the dialog; once the round listens the window hides the ratings (the individual round's
 * own "hidden until the reveal"), shows the shared screen and the bar that says a round
 * runs. Revealing the ratings, by the window's Reveal as for ratings typed here, ends the
 * hidden phase on the phones too. Stop, closing the window, another document or quitting
 * close the server and every connection.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-live-bar.h"
#include "livc-live-dialog.h"
#include "livc-live-view.h"
#include "livc-problems-dialog.h"
#include "livc-window-private.h"

struct _LivcWindowLive
{
  LivcLiveRound  *round;
  LivcLiveView   *view;
  LivcLiveBar    *bar;
  LivcLiveDialog *dialog;          /* weak: while it is open */
  LivcDocument   *document;        /* the one the round writes into */
  gboolean        radar_before;    /* the radar's visibility before the round */
};

static void
show_page (LivcWindow *self)
{
  gtk_stack_set_visible_child_name (self->content_stack, "live");
  gtk_list_box_unselect_all (self->domain_list);
  gtk_widget_grab_focus (GTK_WIDGET (self->live->view));
}

/* Closes the server and lets the round go; the ratings stay in the assessment. */
static void
drop_round (LivcWindow *self)
{
  LivcWindowLive *live = self->live;

  g_signal_handlers_disconnect_by_data (live->round, self);
  if (live->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (live->document, self);
      livc_document_set_coalesce_changes (live->document, FALSE);
    }
  livc_live_round_stop (live->round);
  g_clear_object (&live->round);
  g_clear_object (&live->document);
}

/* The round stopped (Stop, idle for an hour, another document): everything of it goes. */
static void
forget_round (LivcWindow *self)
{
  LivcWindowLive *live = self->live;

  if (live->round == NULL)
    return;
  drop_round (self);
  livc_live_bar_set_round (live->bar, NULL);
  livc_live_view_set_round (live->view, NULL, NULL);
  gtk_widget_set_visible (self->radar_panel, live->radar_before);
  gtk_widget_set_visible (self->radar_separator, live->radar_before);
  if (self->document != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "live") == 0)
    livc_window_select_domain (self, self->current_domain >= 0 ? self->current_domain : 0);
}

static gboolean
stopped_cb (gpointer data)
{
  LivcWindow *self = data;

  if (self->live != NULL && self->live->round != NULL &&
      livc_live_round_get_state (self->live->round) == LIVC_LIVE_STATE_STOPPED)
    {
      forget_round (self);
      _livc_window_toast (self, _("Live round stopped: the phones can no longer reach it"));
    }
  return G_SOURCE_REMOVE;
}

/* The round stopped itself (an hour without a request). Forgotten from the main loop:
 * the round is still inside its stop() and must not lose its last reference there. */
static void
on_round_state (LivcLiveRound *round,
                GParamSpec    *pspec,
                LivcWindow    *self)
{
  if (livc_live_round_get_state (round) == LIVC_LIVE_STATE_STOPPED)
    g_idle_add_full (G_PRIORITY_DEFAULT, stopped_cb, g_object_ref (self), g_object_unref);
}

/* The window's Reveal (or the switch of the individual round) ends the hidden phase: the
 * phones say thank you and refuse further changes. */
static void
on_ratings_hidden (LivcDocument *document,
                   GParamSpec   *pspec,
                   LivcWindow   *self)
{
  LivcWindowLive *live = self->live;

  if (live->round != NULL && !livc_document_get_ratings_hidden (document))
    livc_live_round_reveal (live->round);
}

/* The members' grid shows the current member's column in clear: not while phones rate in
 * secret, with this screen on the projector. */
static void
on_round_mode (LivcWindow *self)
{
  LivcWindowLive *live = self->live;
  gboolean round_mode = FALSE;

  if (live == NULL)
    return;
  g_object_get (self, "round-mode", &round_mode, NULL);
  if (round_mode && live->round != NULL &&
      livc_live_round_get_state (live->round) == LIVC_LIVE_STATE_OPEN)
    {
      g_object_set (self, "round-mode", FALSE, NULL);
      _livc_window_toast (self, _("The members’ grid stays closed while phones rate"));
    }
}

/* Once presentation mode has finished starting, which it does after its page shows. */
static gboolean
leave_presentation_cb (gpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (data), "win.leave-presentation", NULL);
  show_page (LIVC_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The results and the presentation show scores computed from the members' ratings: while
 * phones rate in secret, the shared screen comes back instead. */
static void
on_page_changed (LivcWindow *self)
{
  LivcWindowLive *live = self->live;

  if (live == NULL || live->round == NULL ||
      livc_live_round_get_state (live->round) != LIVC_LIVE_STATE_OPEN)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "presentation") == 0)
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, leave_presentation_cb, g_object_ref (self),
                     g_object_unref);
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "results") == 0)
    show_page (self);
  else
    return;
  _livc_window_toast (self, _("Scores stay hidden until you reveal the ratings"));
}

/* What the phones send is no edit of this screen: no undo takes it back. */
static void
on_member_joined (LivcLiveRound   *round,
                  LivcParticipant *participant,
                  LivcWindow      *self)
{
  LivcDocument *document = self->live->document;

  livc_history_keep_participant (livc_document_get_history (document), participant);
}

static void
on_rating_received (LivcLiveRound   *round,
                    LivcParticipant *participant,
                    const char      *item_id,
                    LivcWindow      *self)
{
  LivcDocument *document = self->live->document;
  LivcAnswer *answer = livc_assessment_ensure_answer (livc_document_get_assessment (document),
                                                      item_id);

  livc_history_keep_rating (livc_document_get_history (document), answer,
                            livc_participant_get_id (participant));
}

static void
on_dialog_start (LivcLiveDialog *dialog,
                 LivcWindow     *self)
{
  LivcWindowLive *live = self->live;
  g_autoptr(LivcLiveRound) round = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) domains = NULL;

  if (self->document == NULL || live->round != NULL)
    return;
  round = livc_live_round_new (livc_document_get_assessment (self->document),
                               livc_document_get_questionnaire (self->document));
  domains = livc_live_dialog_dup_open_domains (dialog);
  livc_live_round_set_open_domains (round, (const char * const *) domains);
  livc_live_round_set_allow_add (round, livc_live_dialog_get_allow_add (dialog));
  if (!livc_live_round_start (round, livc_live_dialog_get_address (dialog), 0, &error))
    {
      livc_show_problems (GTK_WINDOW (dialog), _("Cannot Start the Live Round"), NULL, error);
      return;
    }
  live->round = g_steal_pointer (&round);
  live->document = g_object_ref (self->document);
  /* The individual round's own mechanism: the ratings arrive in the open assessment as each
   * member's, and nothing shows them until the reveal. */
  livc_document_set_ratings_hidden (self->document, TRUE);
  /* Thirty phones rating at once: the views refresh once a frame, not once a rating. */
  livc_document_set_coalesce_changes (self->document, TRUE);
  g_object_set (self, "round-mode", FALSE, NULL);
  live->radar_before = gtk_widget_get_visible (self->radar_panel);
  gtk_widget_set_visible (self->radar_panel, FALSE);
  gtk_widget_set_visible (self->radar_separator, FALSE);
  g_signal_connect (live->round, "notify::state", G_CALLBACK (on_round_state), self);
  g_signal_connect (live->round, "member-joined", G_CALLBACK (on_member_joined), self);
  g_signal_connect (live->round, "rating-received", G_CALLBACK (on_rating_received), self);
  g_signal_connect (self->document, "notify::ratings-hidden", G_CALLBACK (on_ratings_hidden),
                    self);
  livc_live_view_set_round (live->view, live->round, self->lang);
  livc_live_bar_set_round (live->bar, live->round);
  show_page (self);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
live_start_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  LivcWindowLive *live = self->live;

  if (self->document == NULL)
    return;
  if (live->round != NULL)
    {
      show_page (self);
      return;
    }
  if (live->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (live->dialog));
      return;
    }
  live->dialog = livc_live_dialog_new (GTK_WINDOW (self), self->document, self->lang,
                                       self->current_domain);
  g_object_add_weak_pointer (G_OBJECT (live->dialog), (gpointer *) &live->dialog);
  g_signal_connect (live->dialog, "start", G_CALLBACK (on_dialog_start), self);
  gtk_window_present (GTK_WINDOW (live->dialog));
}

static void
live_stop_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  if (self->live->round == NULL)
    return;
  _livc_window_live_stop (self);
  _livc_window_toast (self, _("Live round stopped: the phones can no longer reach it"));
}

static void
live_show_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  if (self->live->round != NULL)
    show_page (self);
}

void
_livc_window_class_live_init (LivcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.live-start", NULL, live_start_action);
  gtk_widget_class_install_action (widget_class, "win.live-stop", NULL, live_stop_action);
  gtk_widget_class_install_action (widget_class, "win.live-show", NULL, live_show_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.live-start", NULL);
}

/* The shared screen as a page of the content, the bar under the editor's header. */
void
_livc_window_live_init (LivcWindow *self)
{
  LivcWindowLive *live = g_new0 (LivcWindowLive, 1);
  GtkWidget *header = gtk_widget_get_ancestor (GTK_WIDGET (self->window_title),
                                               ADW_TYPE_HEADER_BAR);

  self->live = live;
  live->view = LIVC_LIVE_VIEW (livc_live_view_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (live->view), "live");
  live->bar = LIVC_LIVE_BAR (livc_live_bar_new ());
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (header)), GTK_WIDGET (live->bar),
                              header);
  g_signal_connect (self, "notify::round-mode", G_CALLBACK (on_round_mode), NULL);
  g_signal_connect_swapped (self->content_stack, "notify::visible-child",
                            G_CALLBACK (on_page_changed), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child",
                            G_CALLBACK (on_page_changed), self);
}

/* Closes the server and every connection, if a round runs; the ratings stay. */
void
_livc_window_live_stop (LivcWindow *self)
{
  if (self->live != NULL && self->live->round != NULL)
    forget_round (self);
}

/* The window goes: the round stops, without bringing the pages back. */
void
_livc_window_live_dispose (LivcWindow *self)
{
  if (self->live == NULL)
    return;
  if (self->live->round != NULL)
    drop_round (self);
  if (self->live->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->live->dialog));
  g_clear_pointer (&self->live, g_free);
}

/* The running round, for tests; NULL when none runs. */
LivcLiveRound *
_livc_window_live_get_round (LivcWindow *self)
{
  return self->live != NULL ? self->live->round : NULL;
}
