/* livc-live-bar.c: the bar under the window's header while a live round runs, so that the
 * facilitator always sees that the laptop listens on the network, whichever page is on
 * screen: how many members joined, "Show Code" back to the shared screen, and Stop.
 * libadwaita 1.2 has no AdwBanner: a revealer with the banner's look does its work.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-live-bar.h"

struct _LivcLiveBar
{
  AdwBin         parent_instance;

  GtkRevealer   *revealer;
  GtkLabel      *label;

  LivcLiveRound *round;
};

G_DEFINE_FINAL_TYPE (LivcLiveBar, livc_live_bar, ADW_TYPE_BIN)

static void
update (LivcLiveBar *self)
{
  LivcLiveState state = self->round != NULL ? livc_live_round_get_state (self->round)
                                            : LIVC_LIVE_STATE_STOPPED;
  guint n = self->round != NULL ? livc_live_round_get_n_members (self->round) : 0;
  g_autofree char *members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member joined",
                                                           "%u members joined", n), n);
  g_autofree char *text = NULL;

  if (state == LIVC_LIVE_STATE_REVEALED)
    /* TRANSLATORS: the bar of a running live round; %s is "3 members joined" */
    text = g_strdup_printf (_("Live round running, ratings revealed · %s"), members);
  else
    /* TRANSLATORS: the bar of a running live round; %s is "3 members joined" */
    text = g_strdup_printf (_("Live round running: phones can rate · %s"), members);
  gtk_label_set_text (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, state != LIVC_LIVE_STATE_STOPPED);
}

static void
livc_live_bar_dispose (GObject *object)
{
  LivcLiveBar *self = LIVC_LIVE_BAR (object);

  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
  g_clear_object (&self->round);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_LIVE_BAR);
  G_OBJECT_CLASS (livc_live_bar_parent_class)->dispose (object);
}

static void
livc_live_bar_class_init (LivcLiveBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_live_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-live-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcLiveBar, label);
}

static void
livc_live_bar_init (LivcLiveBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child is not bound: disposing the template would unparent it under the
   * bin, which unparents it again. */
  self->revealer = GTK_REVEALER (adw_bin_get_child (ADW_BIN (self)));
}

GtkWidget *
livc_live_bar_new (void)
{
  return g_object_new (LIVC_TYPE_LIVE_BAR, NULL);
}

/* The round the bar follows: shown while it runs, hidden once it stops. */
void
livc_live_bar_set_round (LivcLiveBar   *self,
                         LivcLiveRound *round)
{
  g_return_if_fail (LIVC_IS_LIVE_BAR (self));
  g_return_if_fail (round == NULL || LIVC_IS_LIVE_ROUND (round));

  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
  g_set_object (&self->round, round);
  if (round != NULL)
    {
      g_signal_connect_swapped (round, "notify::state", G_CALLBACK (update), self);
      g_signal_connect_swapped (round, "member-joined", G_CALLBACK (update), self);
    }
  update (self);
}

const char *
livc_live_bar_get_text (LivcLiveBar *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_BAR (self), NULL);
  return gtk_revealer_get_reveal_child (self->revealer) ? gtk_label_get_text (self->label) : NULL;
}
