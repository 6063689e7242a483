// A neighbour for the tracer's A/B (seventh round, NOTES.md): keeps the other core busy for SECONDS,
// either with arithmetic only (alu) or with random reads and writes over an int array of BYTES
// (mem), to see which kind of neighbour slows a depth-2 query. Not part of the build:
//   java Spin.java alu SECONDS
//   java -Xmx1g Spin.java mem SECONDS BYTES
public final class Spin {
  public static void main(String[] a) {
    long end = System.nanoTime() + (long) (Double.parseDouble(a[1]) * 1e9);
    if (a[0].equals("alu")) { long x = 1; while (System.nanoTime() < end) { for (int i = 0; i < 1_000_000; i++) x = x * 6364136223846793005L + 1442695040888963407L; } System.out.println(x); }
    else { int[] m = new int[Integer.parseInt(a[2]) / 4]; long s = 0; java.util.SplittableRandom r = new java.util.SplittableRandom(1);
      while (System.nanoTime() < end) { for (int i = 0; i < 1_000_000; i++) { int k = r.nextInt(m.length); s += m[k]; m[k] = (int) s; } } System.out.println(s); }
  }
}
