/* livc-live-view.c: the shared screen of a live round, for the projector. The QR code is
 * drawn module by module with cairo, without smoothing, so that it stays sharp at any
 * size; beside it the check code and the address in large type, then one row per open
 * domain: "4 of 6 members done", a bar of the ratings given so far, and never a value.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-live-view.h"

/* The light border a reader needs around the code, in modules. */
#define QR_QUIET_ZONE 4

struct _LivcLiveView
{
  AdwBin         parent_instance;

  GtkDrawingArea *qr_area;
  GtkLabel       *code_label;
  GtkLabel       *address_label;
  GtkLabel       *members_label;
  GtkListBox     *progress_list;
  GtkLabel       *status_label;
  GtkWidget      *reveal_button;
  GtkWidget      *stop_button;

  LivcLiveRound  *round;
  GBytes         *qr;
  guint           qr_width;
  GPtrArray      *domain_ids;   /* char*, the open domains in order */
  GPtrArray      *rows;         /* AdwActionRow*, one per open domain */
  GPtrArray      *bars;         /* GtkProgressBar*, one per open domain */
};

G_DEFINE_FINAL_TYPE (LivcLiveView, livc_live_view, ADW_TYPE_BIN)

/* The modules of a QR code (1 dark) as squares of a size x size area at x, y, quiet zone
 * included; black on white whatever the theme, as readers expect. */
void
livc_live_qr_draw (cairo_t *cr,
                   GBytes  *modules,
                   guint    width,
                   double   x,
                   double   y,
                   double   size)
{
  const guint8 *data;
  double module;

  if (modules == NULL || width == 0)
    return;
  data = g_bytes_get_data (modules, NULL);
  /* Whole pixels per module: a module split over two pixels blurs its edges. */
  module = floor (size / (width + 2 * QR_QUIET_ZONE));
  if (module < 1)
    module = size / (width + 2 * QR_QUIET_ZONE);
  x += floor ((size - module * (width + 2 * QR_QUIET_ZONE)) / 2);
  y += floor ((size - module * (width + 2 * QR_QUIET_ZONE)) / 2);
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, module * (width + 2 * QR_QUIET_ZONE),
                   module * (width + 2 * QR_QUIET_ZONE));
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint row = 0; row < width; row++)
    for (guint col = 0; col < width; col++)
      if (data[row * width + col])
        cairo_rectangle (cr, x + (col + QR_QUIET_ZONE) * module,
                         y + (row + QR_QUIET_ZONE) * module, module, module);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_qr (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  LivcLiveView *self = user_data;

  livc_live_qr_draw (cr, self->qr, self->qr_width, 0, 0, MIN (width, height));
}

/* "http://192.168.1.23:40123": the URL without its fragment, which holds the keys. */
static char *
address_of (const char *url)
{
  const char *hash = strchr (url, '#');
  g_autofree char *address = hash != NULL ? g_strndup (url, hash - url) : g_strdup (url);

  if (g_str_has_suffix (address, "/"))
    address[strlen (address) - 1] = '\0';
  return g_steal_pointer (&address);
}

static void
update_row (LivcLiveView *self,
            guint         index)
{
  guint n_items, n_members, n_done, n_ratings;
  g_autofree char *text = NULL;
  GtkProgressBar *bar = g_ptr_array_index (self->bars, index);

  livc_live_round_get_domain_progress (self->round, g_ptr_array_index (self->domain_ids, index),
                                       &n_items, &n_members, &n_done, &n_ratings);
  /* TRANSLATORS: members who rated every item of a domain, on a live round's shared
     screen: "4 of 6 members done" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u member done",
                                       "%u of %u members done", n_members),
                          n_done, n_members);
  adw_action_row_set_subtitle (g_ptr_array_index (self->rows, index), text);
  gtk_progress_bar_set_fraction (bar, n_items * n_members > 0
                                      ? (double) n_ratings / (n_items * n_members) : 0);
}

static void
update_members (LivcLiveView *self)
{
  guint n = livc_live_round_get_n_members (self->round);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Waiting for the first member…"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member joined",
                                         "%u members joined", n), n);
  gtk_label_set_text (self->members_label, text);
  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, i);
}

static void
on_progress_changed (LivcLiveRound *round,
                     const char    *domain_id,
                     LivcLiveView  *self)
{
  guint index;

  for (index = 0; index < self->domain_ids->len; index++)
    if (g_str_equal (g_ptr_array_index (self->domain_ids, index), domain_id))
      update_row (self, index);
}

static void
update_state (LivcLiveView *self)
{
  LivcLiveState state = livc_live_round_get_state (self->round);
  const char *url = livc_live_round_get_url (self->round);

  g_clear_pointer (&self->qr, g_bytes_unref);
  self->qr_width = 0;
  if (url != NULL)
    {
      g_autofree char *address = address_of (url);

      self->qr = livc_live_round_get_qr (self->round, &self->qr_width);
      gtk_label_set_text (self->address_label, address);
      gtk_label_set_text (self->code_label, livc_live_round_get_join_code (self->round));
    }
  else
    {
      gtk_label_set_text (self->address_label, "");
      gtk_label_set_text (self->code_label, "");
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->qr_area));
  gtk_widget_set_visible (self->reveal_button, state == LIVC_LIVE_STATE_OPEN);
  if (state == LIVC_LIVE_STATE_REVEALED)
    gtk_label_set_text (self->status_label,
                        _("Revealed: the ratings are in the assessment, as each member’s own. "
                          "Phones can no longer change them."));
  else if (state == LIVC_LIVE_STATE_STOPPED)
    gtk_label_set_text (self->status_label, _("The live round has stopped."));
  else
    gtk_label_set_text (self->status_label,
                        _("Nobody sees the ratings until you reveal them, not even this screen."));
}

static void
build_rows (LivcLiveView *self,
            const char   *lang)
{
  LivcQuestionnaire *q = livc_live_round_get_questionnaire (self->round);
  GListModel *domains = livc_questionnaire_get_domains (q);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->progress_list))) != NULL)
    gtk_list_box_remove (self->progress_list, child);
  g_ptr_array_set_size (self->domain_ids, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->bars, 0);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      g_autofree char *title = NULL;
      GtkWidget *row, *bar;

      if (!livc_live_round_is_domain_open (self->round, livc_domain_get_id (domain)))
        continue;
      title = g_strdup_printf ("%u. %s", d + 1,
                               livc_questionnaire_lookup (q, livc_domain_get_title (domain), lang));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_add_css_class (row, "live-progress");
      bar = gtk_progress_bar_new ();
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (bar, 160, -1);
      /* A label, not a relation to the row: the row holds the bar, and a relation would
       * keep the row alive past its own disposal. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      gtk_list_box_append (self->progress_list, row);
      g_ptr_array_add (self->domain_ids, g_strdup (livc_domain_get_id (domain)));
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->bars, bar);
    }
}

static void
disconnect (LivcLiveView *self)
{
  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
}

static void
livc_live_view_dispose (GObject *object)
{
  LivcLiveView *self = LIVC_LIVE_VIEW (object);

  disconnect (self);
  g_clear_object (&self->round);
  g_clear_pointer (&self->qr, g_bytes_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_LIVE_VIEW);
  G_OBJECT_CLASS (livc_live_view_parent_class)->dispose (object);
}

static void
livc_live_view_finalize (GObject *object)
{
  LivcLiveView *self = LIVC_LIVE_VIEW (object);

  g_ptr_array_unref (self->domain_ids);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->bars);
  G_OBJECT_CLASS (livc_live_view_parent_class)->finalize (object);
}

/* The focus goes to what the facilitator does next: reveal, or stop once revealed. */
static gboolean
livc_live_view_grab_focus (GtkWidget *widget)
{
  LivcLiveView *self = LIVC_LIVE_VIEW (widget);

  if (gtk_widget_get_visible (self->reveal_button))
    return gtk_widget_grab_focus (self->reveal_button);
  return gtk_widget_grab_focus (self->stop_button);
}

static void
livc_live_view_class_init (LivcLiveViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_live_view_dispose;
  object_class->finalize = livc_live_view_finalize;
  widget_class->grab_focus = livc_live_view_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-live-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, qr_area);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, code_label);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, address_label);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, members_label);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, progress_list);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, status_label);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, LivcLiveView, stop_button);
}

static void
livc_live_view_init (LivcLiveView *self)
{
  self->domain_ids = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
  self->bars = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->qr_area, draw_qr, self, NULL);
}

GtkWidget *
livc_live_view_new (void)
{
  return g_object_new (LIVC_TYPE_LIVE_VIEW, NULL);
}

/* The round to show, running or not; lang is the questionnaire's language on screen. */
void
livc_live_view_set_round (LivcLiveView  *self,
                          LivcLiveRound *round,
                          const char    *lang)
{
  g_return_if_fail (LIVC_IS_LIVE_VIEW (self));
  g_return_if_fail (round == NULL || LIVC_IS_LIVE_ROUND (round));

  disconnect (self);
  g_set_object (&self->round, round);
  if (round == NULL)
    {
      g_clear_pointer (&self->qr, g_bytes_unref);
      self->qr_width = 0;
      return;
    }
  g_signal_connect (round, "progress-changed", G_CALLBACK (on_progress_changed), self);
  g_signal_connect_swapped (round, "member-joined", G_CALLBACK (update_members), self);
  g_signal_connect_swapped (round, "notify::state", G_CALLBACK (update_state), self);
  build_rows (self, lang);
  update_state (self);
  update_members (self);
}

/* For tests: what the shared screen says of the index-th open domain. */
const char *
livc_live_view_get_progress_text (LivcLiveView *self,
                                  guint         index)
{
  g_return_val_if_fail (LIVC_IS_LIVE_VIEW (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return adw_action_row_get_subtitle (g_ptr_array_index (self->rows, index));
}
