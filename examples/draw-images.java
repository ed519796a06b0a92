// Draws the example articles' images into static/images: simple scenes, so the examples carry
// pictures of their own. Run from the repository root: java examples/draw-images.java
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

public class DrawImages {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;

    interface Scene {
        void draw(Graphics2D g);
    }

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "examples/static/images");
        folder.mkdirs();
        save(folder, "brussels-ministers.jpg", DrawImages::council);
        save(folder, "nile-irrigation.png", DrawImages::river);
        save(folder, "lisbon-beach.jpg", DrawImages::beach);
        save(folder, "turbines.jpg", DrawImages::turbines);
        save(folder, "tokyo-platform.png", DrawImages::platform);
        save(folder, "kyiv-substation.jpg", DrawImages::substation);
        save(folder, "comet.png", DrawImages::comet);
    }

    static void save(File folder, String name, Scene scene) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        scene.draw(g);
        g.dispose();
        String format = name.endsWith(".png") ? "png" : "jpg";
        ImageIO.write(image, format, new File(folder, name));
    }

    static void sky(Graphics2D g, Color top, Color bottom, int horizon) {
        g.setPaint(new GradientPaint(0, 0, top, 0, horizon, bottom));
        g.fillRect(0, 0, WIDTH, horizon);
    }

    static void council(Graphics2D g) {
        g.setColor(new Color(0x2b3a55));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x8c6d46));
        g.fillOval(120, 150, 400, 160);
        g.setColor(new Color(0xf2d7a7));
        for (int i = 0; i < 12; i++) {
            double angle = Math.PI * 2 * i / 12;
            int x = (int) (320 + Math.cos(angle) * 230) - 14;
            int y = (int) (230 + Math.sin(angle) * 110) - 14;
            g.fillOval(x, y, 28, 28);
        }
        g.setColor(new Color(0xffcc00));
        for (int i = 0; i < 12; i++) {
            double angle = Math.PI * 2 * i / 12;
            g.fillOval((int) (320 + Math.cos(angle) * 50) - 5, (int) (70 + Math.sin(angle) * 50) - 5, 10, 10);
        }
    }

    static void river(Graphics2D g) {
        sky(g, new Color(0x7fb8e6), new Color(0xf5e6c8), 140);
        g.setColor(new Color(0xd9b676));
        g.fillRect(0, 140, WIDTH, HEIGHT - 140);
        g.setColor(new Color(0x3d7fb5));
        g.setStroke(new BasicStroke(60, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(300, 140, 260, 360);
        g.setStroke(new BasicStroke(6));
        g.setColor(new Color(0x4e9a3c));
        for (int i = 0; i < 8; i++) {
            g.drawLine(0, 170 + i * 25, 230 - i * 4, 170 + i * 25);
            g.drawLine(340 + i * 4, 170 + i * 25, WIDTH, 170 + i * 25);
        }
    }

    static void beach(Graphics2D g) {
        sky(g, new Color(0x3a8fd9), new Color(0xbfe3ff), 180);
        g.setColor(new Color(0xffd24a));
        g.fillOval(470, 40, 90, 90);
        g.setColor(new Color(0x1f6fa8));
        g.fillRect(0, 180, WIDTH, 60);
        g.setColor(new Color(0xf0d9a0));
        g.fillRect(0, 240, WIDTH, 120);
        g.setColor(new Color(0xd94a4a));
        g.fillArc(120, 230, 120, 60, 0, 180);
        g.setColor(new Color(0x555555));
        g.drawLine(180, 260, 180, 330);
    }

    static void turbines(Graphics2D g) {
        sky(g, new Color(0x9ec9e8), new Color(0xe8f3fa), 250);
        g.setColor(new Color(0x2f5f8a));
        g.fillRect(0, 250, WIDTH, 110);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {140, 320, 500};
        for (int x : xs) {
            g.drawLine(x, 110, x, 270);
            for (int blade = 0; blade < 3; blade++) {
                double angle = Math.PI * 2 * blade / 3 + x;
                g.drawLine(x, 110, (int) (x + Math.cos(angle) * 70), (int) (110 + Math.sin(angle) * 70));
            }
        }
    }

    static void platform(Graphics2D g) {
        sky(g, new Color(0x0b1030), new Color(0x2a2f5a), 200);
        g.setColor(new Color(0xfff3b0));
        for (int i = 0; i < 6; i++) {
            g.fillRect(40 + i * 100, 40, 40, 8);
        }
        g.setColor(new Color(0x6b6f80));
        g.fillRect(0, 200, WIDTH, 160);
        g.setColor(new Color(0xe8e8e8));
        g.fillRoundRect(60, 150, 520, 90, 30, 30);
        g.setColor(new Color(0x1e90ff));
        g.fillRect(60, 215, 520, 10);
        g.setColor(new Color(0xffe680));
        for (int i = 0; i < 7; i++) {
            g.fillRect(90 + i * 70, 170, 45, 30);
        }
    }

    static void substation(Graphics2D g) {
        sky(g, new Color(0x5d6d7e), new Color(0xaeb6bf), 260);
        g.setColor(new Color(0x3b3b3b));
        g.fillRect(0, 260, WIDTH, 100);
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(4));
        for (int x = 80; x < WIDTH; x += 160) {
            g.drawLine(x, 260, x + 30, 80);
            g.drawLine(x + 60, 260, x + 30, 80);
            g.drawLine(x, 130, x + 60, 130);
            g.drawLine(x + 10, 200, x + 50, 200);
        }
        g.setStroke(new BasicStroke(2));
        g.drawLine(0, 90, WIDTH, 100);
        g.drawLine(0, 120, WIDTH, 125);
    }

    static void comet(Graphics2D g) {
        sky(g, new Color(0x050818), new Color(0x1b2245), 300);
        g.setColor(new Color(0x2d2a26));
        g.fillRect(0, 300, WIDTH, 60);
        g.setColor(Color.WHITE);
        for (int i = 0; i < 60; i++) {
            g.fillOval((i * 97) % WIDTH, (i * 53) % 280, 2, 2);
        }
        g.setPaint(new GradientPaint(420, 90, new Color(0xd8f0ff), 220, 200, new Color(0x050818)));
        g.fillPolygon(new int[] {420, 230, 250}, new int[] {90, 180, 220}, 3);
        g.setColor(new Color(0xf4fbff));
        g.fillOval(410, 80, 22, 22);
        g.setColor(new Color(0xcfcfcf));
        g.fillArc(60, 250, 120, 100, 0, 180);
    }
}
