/* livc-guide-window.c: the user guide (docs/user-guide*.md, compiled in) in a window. The
 * guide uses a small part of Markdown — headings, paragraphs, bullet and numbered lists,
 * **bold** and `keys` — which is rendered into text tags; no network, no browser needed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "livc-core.h"
#include "livc-guide-window.h"

struct _LivcGuideWindow
{
  AdwWindow    parent_instance;
  GtkTextView *view;
};

G_DEFINE_FINAL_TYPE (LivcGuideWindow, livc_guide_window, ADW_TYPE_WINDOW)

static void
insert_inline (GtkTextBuffer *buffer,
               GtkTextIter   *iter,
               const char    *text,
               const char    *base_tag)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *bold = strstr (p, "**");
      const char *code = strchr (p, '`');
      const char *next = bold;
      const char *marker = "**";
      const char *tag = "bold";
      const char *end;

      if (code != NULL && (next == NULL || code < next))
        {
          next = code;
          marker = "`";
          tag = "code";
        }
      if (next == NULL || (end = strstr (next + strlen (marker), marker)) == NULL)
        {
          gtk_text_buffer_insert_with_tags_by_name (buffer, iter, p, -1, base_tag, NULL);
          return;
        }
      gtk_text_buffer_insert_with_tags_by_name (buffer, iter, p, (int) (next - p), base_tag, NULL);
      next += strlen (marker);
      gtk_text_buffer_insert_with_tags_by_name (buffer, iter, next, (int) (end - next), tag,
                                                base_tag, NULL);
      p = end + strlen (marker);
    }
}

void
livc_guide_render_markdown (GtkTextBuffer *buffer,
                            const char    *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  GtkTextIter iter;
  gboolean in_paragraph = FALSE;

  gtk_text_buffer_create_tag (buffer, "h1", "weight", PANGO_WEIGHT_BOLD, "scale", 1.8,
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "h2", "weight", PANGO_WEIGHT_BOLD, "scale", 1.4,
                              "pixels-above-lines", 18, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "h3", "weight", PANGO_WEIGHT_BOLD, "scale", 1.15,
                              "pixels-above-lines", 12, "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "p", "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "li", "left-margin", 24, "indent", -14,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_get_end_iter (buffer, &iter);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *heading_tags[] = { "h1", "h2", "h3" };
      guint level = 0;

      while (line[level] == '#' && level < 3)
        level++;
      if (*line == '\0')
        {
          if (in_paragraph)
            gtk_text_buffer_insert (buffer, &iter, "\n", -1);
          in_paragraph = FALSE;
          continue;
        }
      if (in_paragraph)
        {
          if (g_str_has_prefix (line, "- ") || g_ascii_isdigit (*line) || level > 0)
            {
              gtk_text_buffer_insert (buffer, &iter, "\n", -1);
              in_paragraph = FALSE;
            }
          else
            gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, " ", -1, "p", NULL);
        }
      if (level > 0 && line[level] == ' ')
        {
          insert_inline (buffer, &iter, line + level + 1, heading_tags[level - 1]);
          gtk_text_buffer_insert (buffer, &iter, "\n", -1);
          continue;
        }
      if (!in_paragraph && g_str_has_prefix (line, "- "))
        {
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "•  ", -1, "li", NULL);
          insert_inline (buffer, &iter, line + 2, "li");
          gtk_text_buffer_insert (buffer, &iter, "\n", -1);
          continue;
        }
      if (!in_paragraph && g_ascii_isdigit (*line))
        {
          const char *dot = line;

          while (g_ascii_isdigit (*dot))
            dot++;
          if (*dot == '.' && dot[1] == ' ')
            {
              gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, line, (int) (dot - line + 2),
                                                        "li", NULL);
              insert_inline (buffer, &iter, dot + 2, "li");
              gtk_text_buffer_insert (buffer, &iter, "\n", -1);
              continue;
            }
        }
      insert_inline (buffer, &iter, line, "p");
      in_paragraph = TRUE;
    }
}

static void
livc_guide_window_class_init (LivcGuideWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-guide-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcGuideWindow, view);
}

static void
livc_guide_window_init (LivcGuideWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The guide in the UI's language, English where there is none. */
GtkWidget *
livc_guide_window_new (GtkWindow *parent)
{
  LivcGuideWindow *self = g_object_new (LIVC_TYPE_GUIDE_WINDOW, "transient-for", parent, NULL);
  g_autofree char *path = g_strdup_printf ("/be/livcscan/app/guide/user-guide.%s.md",
                                           livc_default_lang ());
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *text = NULL;

  if (bytes == NULL)
    bytes = g_resources_lookup_data ("/be/livcscan/app/guide/user-guide.en.md", 0, NULL);
  text = bytes != NULL ? g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes))
                       : g_strdup ("");
  livc_guide_render_markdown (gtk_text_view_get_buffer (self->view), text);
  return GTK_WIDGET (self);
}
